/* Nested brace lists and designated elements read before a later await. */
#include <asyncc.h>
#include <stdio.h>

struct in { int a, z; };
struct out { struct in i; int b; };

static int g = 1;

async int setg(int v)
{
    await ac_sleep(0);
    int old = g;
    g = v;
    return old;
}

async int amain(void)
{
    struct out c = { { 1, 2 }, await setg(1) };
    printf("constants: %d %d %d\n", c.i.a, c.i.z, c.b);
    struct out o = { { g, g + 10 }, await setg(2) };
    printf("nested: %d %d %d\n", o.i.a, o.i.z, o.b);
    struct out d = { .i.a = g, .b = await setg(3), .i.z = g };
    printf("designated: %d %d %d\n", d.i.a, d.i.z, d.b);
    struct out e = { .i = { .a = g }, .b = await setg(4) };
    printf("designated list: %d %d %d\n", e.i.a, e.i.z, e.b);
    struct out f = { { await setg(5), g }, await setg(6) };
    printf("awaits in both: %d %d %d\n", f.i.a, f.i.z, f.b);
    int m[2][3] = { [1] = { g, [2] = g * 2 }, [0][1] = await setg(7) };
    printf("arrays: %d %d %d / %d %d %d\n", m[0][0], m[0][1], m[0][2],
           m[1][0], m[1][1], m[1][2]);
    struct out *p = &(struct out){ { g, -g }, await setg(8) };
    printf("compound literal: %d %d\n", p->i.a, p->b);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
