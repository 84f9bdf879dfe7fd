/* Awaits in type names never run (a cast's or a compound literal's type,
 * __typeof__ in a struct in sizeof, __builtin_types_compatible_p,
 * __builtin_offsetof); a variably modified type's size does run. */
#include <asyncc.h>
#include <stdio.h>

static int calls;

async int v(int x)
{
    calls++;
    await ac_yield();
    return x;
}

async int amain(void)
{
    long l = (__typeof__(await v(1)))5;
    int *p = (__typeof__(await v(2))[]){ 1, 2 };
    int n = (int)sizeof(struct { __typeof__(await v(3)) a; });
    int same = __builtin_types_compatible_p(__typeof__(await v(4)), int);
    int off = (int)__builtin_offsetof(struct { __typeof__(await v(5)) a; int b; }, b);
    printf("%ld %d %d %d %d, calls %d\n", l, p[1], n, same, off, calls);
    int grid[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    int x = ((int (*)[await v(3)])grid)[1][2];
    printf("%d, calls %d\n", x, calls);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
