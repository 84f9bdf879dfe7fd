/* A linked list built from nodes that are locals of suspended frames up the await chain. */
#include <asyncc.h>
#include <stdio.h>

struct node {
    int v;
    struct node *next;
};

static async int walk_after(struct node *head, int depth)
{
    struct node here = {depth, head};
    await ac_yield();
    if (depth < 4)
        return await walk_after(&here, depth + 1);
    int sum = 0;
    for (struct node *n = &here; n; n = n->next) {
        printf("%d ", n->v);
        sum += n->v;
    }
    printf("\n");
    return sum;
}

static async void amain(void)
{
    printf("sum=%d\n", await walk_after(NULL, 0));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
