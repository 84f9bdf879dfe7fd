/* && and || macros may skip an awaiting argument: the awaited call runs only when C evaluates it, on the taken and the not-taken path, in conditions and values. */
#include <asyncc.h>
#include <stdio.h>

#define BOTH(a, b) ((a) && (b))
#define EITHER(a, b) ((a) || (b))
#define GUARDED(c, k) ((c) && await check(k))
#define FALLBACK(c, k) ((c) || await check(k))
#define ALL3(a, b, c) ((a) && (b) && (c))

static int calls;

static async int check(int k)
{
    calls++;
    printf("  check(%d)\n", k);
    await ac_yield();
    return k > 0;
}

static async void run(int c)
{
    printf("c=%d\n", c);
    calls = 0;
    int r = BOTH(c, await check(1));
    printf("both %d calls %d\n", r, calls);

    calls = 0;
    r = EITHER(c, await check(2));
    printf("either %d calls %d\n", r, calls);

    calls = 0;
    r = GUARDED(c, 3);
    printf("guarded %d calls %d\n", r, calls);

    calls = 0;
    r = FALLBACK(c, -4);
    printf("fallback %d calls %d\n", r, calls);

    calls = 0;
    if (BOTH(await check(c), await check(5)))
        printf("if both taken\n");
    else
        printf("if both not taken\n");
    printf("calls %d\n", calls);

    calls = 0;
    r = ALL3(await check(6), await check(c), await check(7));
    printf("all3 %d calls %d\n", r, calls);

    calls = 0;
    r = EITHER(BOTH(c, await check(8)), GUARDED(!c, 9));
    printf("nested %d calls %d\n", r, calls);
}

static async void amain(void)
{
    await run(1);
    await run(0);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
