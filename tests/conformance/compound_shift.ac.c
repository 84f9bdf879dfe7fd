/* x <<= await f() and x >>= await f() on unsigned and signed operands. */
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
    unsigned u = 1;
    u <<= await val(4);
    printf("u=%u\n", u);
    u <<= await val(8);
    printf("u=%u\n", u);
    u >>= await val(3);
    printf("u=%u\n", u);
    long s = 1000000;
    s >>= await val(10);
    printf("s=%ld\n", s);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
