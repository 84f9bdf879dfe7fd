/* Awaits inside array compound literals, indexed and passed to a function. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static int sum(const int *a, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += a[i];
    return s;
}

static async void amain(void)
{
    printf("%d\n", (int[]){await val(5), await val(6), await val(7)}[1]);
    printf("%d\n", sum((int[4]){1, await val(2), 3, await val(4)}, 4));
    int *p = (int[]){await val(8), 9};
    printf("%d %d\n", p[0], p[1]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
