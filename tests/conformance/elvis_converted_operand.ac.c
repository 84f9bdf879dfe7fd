/* GNU `a ?: b` whose first operand is converted to the common type (an int
 * with a long): b runs only if a is zero, and a runs once. */
#include <asyncc.h>
#include <stdio.h>

async int v(int x)
{
    printf("v(%d)\n", x);
    await ac_yield();
    return x;
}

async long w(long x)
{
    printf("w(%ld)\n", x);
    await ac_yield();
    return x;
}

async int amain(void)
{
    int c = 1;
    long r = c ?: await w(2);
    printf("r=%ld\n", r);
    r = await v(3) ?: await w(4);
    printf("r=%ld\n", r);
    r = await v(0) ?: await w(5);
    printf("r=%ld\n", r);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
