/* Copies of a local of an unnamed struct type (__auto_type, __typeof__)
 * keep that type across awaits. */
#include <asyncc.h>
#include <stdio.h>

async int v(int x)
{
    await ac_yield();
    return x;
}

async int amain(void)
{
    struct { int q; } s = { 4 };
    __auto_type t = s;
    __typeof__(s) u = s;
    t.q += await v(1);
    u.q += await v(2);
    s = u;
    printf("%d %d %d\n", s.q, t.q, u.q);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
