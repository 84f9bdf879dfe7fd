/* Macros that open an if statement (WHEN, UNLESS, IF_READY with an await in its body) with awaits in the condition and the branches, with else, dangling else and both paths. */
#include <asyncc.h>
#include <stdio.h>

#define WHEN(c) if (c)
#define UNLESS(c) if (!(c))
#define IF_READY(k) if (await ready(k))
#define LOG_IF(c, msg) if (c) printf("  log: %s\n", msg)
#define IF_ELSE(c, a, b) if (c) { a; } else { b; }

static int calls;

static async int ready(int k)
{
    calls++;
    await ac_sleep(1);
    return k % 2;
}

static async int val(int x)
{
    calls++;
    await ac_yield();
    return x;
}

static async int run(int k)
{
    int hits = 0;
    printf("k=%d\n", k);
    WHEN(await val(k) > 1)
        printf("  when taken\n");
    else
        printf("  when not taken\n");

    UNLESS(await ready(k)) {
        hits += await val(10);
        printf("  unless body hits=%d\n", hits);
    }

    IF_READY(k)
        IF_READY(k / 2)
            printf("  inner ready\n");
        else
            printf("  dangling else (ready %d)\n", await val(k));

    LOG_IF(await ready(k + 1), "odd successor");

    IF_ELSE(await val(k) == 2, hits += await val(100), hits -= await val(1));
    return hits;
}

static async void amain(void)
{
    for (int k = 1; k <= 3; k++) {
        calls = 0;
        int h = await run(k);
        printf("hits %d calls %d\n", h, calls);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
