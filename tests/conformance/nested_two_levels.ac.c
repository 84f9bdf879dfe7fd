/* await f(await g()): the inner call completes before the outer starts. */
#include <asyncc.h>
#include <stdio.h>

static async int inc(int x)
{
    printf("inc %d\n", x);
    await ac_yield();
    return x + 1;
}

static async int dbl(int x)
{
    printf("dbl %d\n", x);
    await ac_yield();
    return x * 2;
}

static async void amain(void)
{
    int a = await dbl(await inc(3));
    printf("a=%d\n", a);
    int b = await inc(await dbl(await inc(await dbl(1))));
    printf("b=%d\n", b);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
