/* long double parameters and returns keep their full precision across awaits. */
#include <asyncc.h>
#include <float.h>
#include <stdio.h>

static async long double third(long double x)
{
    await ac_yield();
    return x / 3.0L;
}

static async long double sum(long double a, long double b)
{
    await ac_yield();
    return a + b;
}

static async void amain(void)
{
    long double t = await third(1.0L);
    long double s = await sum(t, await third(2.0L));
    long double direct = 1.0L / 3.0L;
    printf("same=%d\n", t == direct);
    printf("%.6Lf\n", s);
    long double tiny = LDBL_EPSILON;
    printf("eps kept=%d\n", await sum(1.0L, tiny) != 1.0L);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
