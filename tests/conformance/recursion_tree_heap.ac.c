/* Build a binary search tree on the heap recursively, sum it, and free it recursively. */
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>

struct tree {
    int key;
    struct tree *l, *r;
};

static async struct tree *insert(struct tree *t, int key)
{
    await ac_yield();
    if (!t) {
        t = malloc(sizeof *t);
        t->key = key;
        t->l = t->r = NULL;
    } else if (key < t->key)
        t->l = await insert(t->l, key);
    else
        t->r = await insert(t->r, key);
    return t;
}

static async long sum(struct tree *t)
{
    return t ? t->key + await sum(t->l) + await sum(t->r) : 0;
}

static async int destroy(struct tree *t)
{
    if (!t)
        return 0;
    int n = await destroy(t->l) + await destroy(t->r);
    free(t);
    return n + 1;
}

static async void amain(void)
{
    struct tree *root = NULL;
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 35};
    for (int i = 0; i < 8; i++)
        root = await insert(root, keys[i]);
    printf("sum=%ld\n", await sum(root));
    printf("freed=%d\n", await destroy(root));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
