/* (await find())->field on a pointer an awaited call returns, read and written. */
#include <asyncc.h>
#include <stdio.h>

struct node {
    int key;
    int hits;
};

static struct node nodes[3] = {{10, 0}, {20, 0}, {30, 0}};

static async struct node *find(int key)
{
    await ac_yield();
    for (int i = 0; i < 3; i++)
        if (nodes[i].key == key)
            return &nodes[i];
    return NULL;
}

static async void amain(void)
{
    (await find(20))->hits += 5;
    (await find(30))->hits = (await find(20))->hits * 2;
    printf("%d %d %d\n", nodes[0].hits, nodes[1].hits, nodes[2].hits);
    printf("null=%d\n", await find(99) == NULL);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
