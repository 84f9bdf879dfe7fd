/* x |= await f(), x &= await f(), x ^= await f() build up a bit mask. */
#include <asyncc.h>
#include <stdio.h>

static async unsigned bit(int n)
{
    printf("bit %d\n", n);
    await ac_yield();
    return 1u << n;
}

static async void amain(void)
{
    unsigned m = 0;
    for (int i = 0; i < 8; i += 2)
        m |= await bit(i);
    printf("m=0x%x\n", m);
    m &= ~await bit(2);
    printf("m=0x%x\n", m);
    m ^= await bit(0);
    m ^= await bit(7);
    printf("m=0x%x\n", m);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
