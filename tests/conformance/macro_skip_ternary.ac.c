/* A ?: macro may skip an awaiting argument: only the chosen branch's awaited call runs, on both the taken and the not-taken path, also when the await is in the macro's body. */
#include <asyncc.h>
#include <stdio.h>

#define PICK(c, a, b) ((c) ? (a) : (b))
#define OR_DEFAULT(p, d) ((p) ? (p) : (d))
#define MAYBE_FETCH(c, k) ((c) ? await fetch(k) : -1)
#define CLAMP(x, lo, hi) ((x) < (lo) ? (lo) : (x) > (hi) ? (hi) : (x))

static int calls;

static async int fetch(int k)
{
    calls++;
    printf("  fetch(%d)\n", k);
    await ac_sleep(1);
    return k;
}

static async void run(int c)
{
    printf("c=%d\n", c);
    calls = 0;
    int r = PICK(c, await fetch(10), await fetch(20));
    printf("pick %d calls %d\n", r, calls);

    calls = 0;
    r = PICK(await fetch(c), 1, await fetch(30));
    printf("pick on awaited cond %d calls %d\n", r, calls);

    calls = 0;
    r = OR_DEFAULT(await fetch(c * 5), await fetch(40));
    printf("or_default %d calls %d\n", r, calls);

    calls = 0;
    r = MAYBE_FETCH(c, 50);
    printf("maybe_fetch %d calls %d\n", r, calls);

    calls = 0;
    r = CLAMP(await fetch(c ? 99 : -3), 0, await fetch(60));
    printf("clamp %d calls %d\n", r, calls);
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
