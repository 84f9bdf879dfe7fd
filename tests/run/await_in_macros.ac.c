/* Awaits in macro arguments: a macro that evaluates its argument once and
 * unconditionally (a logging macro, arithmetic, assert's condition) runs
 * the awaited call once, before the rest of the expansion. */
#include <asyncc.h>
#include <assert.h>
#include <stdio.h>

#define LOG(fmt, x) printf("log: " fmt "\n", (x))
#define TWICE(x) ((x) * 2)
#define SQUARE_OF_SUM(a, b) square((a) + (b))

static int square(int v)
{
    return v * v;
}

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    LOG("%d", await val(1));
    int t = TWICE(await val(21));
    LOG("%d", t);
    LOG("%d", SQUARE_OF_SUM(await val(2), await val(3)));
    assert(await val(7) == 7);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
