/* Comma expressions inside && / || operands: skipped as a whole when short-circuited. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int r = 0 && (await val(1), await val(2));
    printf("r=%d\n", r);
    r = 1 && (await val(3), await val(0));
    printf("r=%d\n", r);
    r = 1 || (await val(4), await val(5));
    printf("r=%d\n", r);
    r = (await val(6), 0) || (await val(7), await val(8));
    printf("r=%d\n", r);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
