/* Awaits inside arguments of plain calls nested inside arguments of other plain calls. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static int twice(int x)
{
    printf("twice %d\n", x);
    return 2 * x;
}

static int sub(int a, int b)
{
    printf("sub %d %d\n", a, b);
    return a - b;
}

static async void amain(void)
{
    int r = sub(twice(await val(10)), twice(sub(await val(3), await val(1))));
    printf("r=%d\n", r);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
