/* A declaration where only some declarators have (awaited) initializers. */
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
    int a, b = await val(2), c, d = await val(4);
    a = b - 1;
    c = await val(3);
    printf("%d %d %d %d\n", a, b, c, d);
    unsigned u = 5u, v = (unsigned)await val(6), w;
    w = u + v;
    printf("%u %u %u\n", u, v, w);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
