/* In-order, pre-order and height of a binary tree by recursive async walks. */
#include <asyncc.h>
#include <stdio.h>

struct tree {
    int key;
    struct tree *l, *r;
};

static async void inorder(const struct tree *t)
{
    if (!t)
        return;
    await inorder(t->l);
    await ac_yield();
    printf("%d ", t->key);
    await inorder(t->r);
}

static async void preorder(const struct tree *t)
{
    if (t) {
        printf("%d ", t->key);
        await preorder(t->l);
        await preorder(t->r);
    }
}

static async int height(const struct tree *t)
{
    if (!t)
        return 0;
    int hl = await height(t->l), hr = await height(t->r);
    return 1 + (hl > hr ? hl : hr);
}

static async void amain(void)
{
    struct tree n1 = {1, NULL, NULL}, n3 = {3, NULL, NULL}, n2 = {2, &n1, &n3};
    struct tree n7 = {7, NULL, NULL}, n6 = {6, NULL, &n7}, n5 = {5, &n2, &n6};
    await inorder(&n5);
    printf("\n");
    await preorder(&n5);
    printf("\n");
    printf("height=%d\n", await height(&n5));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
