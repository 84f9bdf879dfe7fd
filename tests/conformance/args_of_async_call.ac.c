/* Awaited arguments of an awaited call: all arguments run, in order, before the callee starts. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async int add3(int a, int b, int c)
{
    printf("add3 starts %d %d %d\n", a, b, c);
    await ac_yield();
    return a + b + c;
}

static async void amain(void)
{
    int r = await add3(await val(1), 20, await val(3));
    printf("r=%d\n", r);
    r = await add3(r, await add3(await val(1), await val(1), 1), await val(100));
    printf("r=%d\n", r);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
