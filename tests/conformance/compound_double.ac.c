/* Compound assignment on double and float with awaited operands. */
#include <asyncc.h>
#include <stdio.h>

static async double half(double x)
{
    await ac_yield();
    return x / 2.0;
}

static async void amain(void)
{
    double d = 1.0;
    d += await half(3.0);
    printf("d=%.3f\n", d);
    d *= await half(5.0);
    printf("d=%.3f\n", d);
    d -= await half(0.25);
    printf("d=%.4f\n", d);
    float f = 10.0f;
    f /= (float)await half(8.0);
    printf("f=%.2f\n", (double)f);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
