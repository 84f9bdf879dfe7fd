/* Awaits in the initializer of every declarator of one declaration run in declarator order. */
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
    int a = await val(1), b = await val(2), c = await val(3);
    printf("a=%d b=%d c=%d\n", a, b, c);
    long d = await val(4), e = d * 10, f = await val((int)e);
    printf("d=%ld e=%ld f=%ld\n", d, e, f);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
