/* A macro that evaluates an awaiting argument twice (SQR, MAX, MIN, a comma pair) runs the awaited call twice, as C runs a plain call twice; the calls are counted. */
#include <asyncc.h>
#include <stdio.h>

#define SQR(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define BOTH(x) ((void)(x), (x))
#define ABS(x) ((x) < 0 ? -(x) : (x))

static int calls;

static async int next(int step)
{
    static int value;
    calls++;
    await ac_sleep(1);
    value += step;
    return value;
}

static async int get(int x)
{
    calls++;
    await ac_yield();
    return x;
}

static async void amain(void)
{
    calls = 0;
    int s = SQR(await get(7));
    printf("sqr %d calls %d\n", s, calls);

    calls = 0;
    int q = SQR(await next(1));
    printf("sqr of next %d calls %d\n", q, calls);

    calls = 0;
    int m = MAX(await get(2), await get(5));
    printf("max %d calls %d\n", m, calls);

    calls = 0;
    m = MAX(await get(9), await get(5));
    printf("max %d calls %d\n", m, calls);

    calls = 0;
    m = MIN(await next(10), 100);
    printf("min %d calls %d\n", m, calls);

    calls = 0;
    int b = BOTH(await next(1));
    printf("both %d calls %d\n", b, calls);

    calls = 0;
    int a1 = ABS(await get(-4));
    int a2 = ABS(await get(4));
    printf("abs %d %d calls %d\n", a1, a2, calls);

    calls = 0;
    for (int i = 0; i < 3; i++)
        printf("loop sqr %d\n", SQR(await get(i)));
    printf("loop calls %d\n", calls);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
