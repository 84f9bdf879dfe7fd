/* Casts applied to awaited values: widening, truncation, int<->double, to void. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async double dv(double x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    long l = (long)await val(7) * 1000000000L;
    printf("l=%ld\n", l);
    unsigned char c = (unsigned char)await val(300);
    printf("c=%u\n", (unsigned)c);
    int t = (int)await dv(3.99);
    printf("t=%d\n", t);
    double d = (double)await val(1) / 4;
    printf("d=%.2f\n", d);
    (void)await val(42);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
