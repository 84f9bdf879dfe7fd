/* (await mk()).inner.field and (await mk()).arr[i] on nested aggregates. */
#include <asyncc.h>
#include <stdio.h>

struct inner {
    int a, b;
};
struct outer {
    struct inner in;
    int arr[3];
    struct inner pair[2];
};

static async struct outer mk(int k)
{
    await ac_yield();
    struct outer o = {{k, k + 1}, {k * 10, k * 20, k * 30}, {{1, 2}, {3, k}}};
    return o;
}

static async void amain(void)
{
    printf("%d\n", (await mk(4)).in.b);
    printf("%d\n", (await mk(2)).arr[2]);
    printf("%d\n", (await mk(7)).pair[1].b);
    struct inner i = (await mk(9)).in;
    printf("%d %d\n", i.a, i.b);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
