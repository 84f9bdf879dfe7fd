/* ac_spawn, ac_join and ac_gather written inside macro bodies (SPAWN, JOIN_INTO, GATHER2, RUN_PAIR) start, join and gather tasks in asyncio's order, with sleeps that really overlap. */
#include <asyncc.h>
#include <stdio.h>

#define SPAWN(name, ms) ac_spawn(worker(name, ms))
#define JOIN_INTO(t, r) await ac_join(t, &(r))
#define GATHER2(a, b) await ac_gather(a, b)
#define RUN_PAIR(x, y)                      \
    do {                                    \
        ac_task *tx_ = ac_spawn(x);         \
        ac_task *ty_ = ac_spawn(y);         \
        await ac_join(tx_, NULL);           \
        await ac_join(ty_, NULL);           \
    } while (0)
#define SPAWN_ALL(arr, n, ms) for (int i_ = 0; i_ < (n); i_++) arr[i_] = SPAWN(names[i_], 10 + (ms) * (2 - i_))

static const char *names[] = {"first", "second", "third"};

static async int worker(const char *name, int ms)
{
    printf("%s starts (%d ms)\n", name, ms);
    await ac_sleep((uint64_t)ms);
    printf("%s done\n", name);
    return ms;
}

static async void into(const char *name, int ms, int *out)
{
    *out = await worker(name, ms);
}

static async void amain(void)
{
    ac_task *a = SPAWN("a", 50);
    ac_task *b = SPAWN("b", 10);
    int ra = 0, rb = 0;
    JOIN_INTO(a, ra);
    JOIN_INTO(b, rb);
    printf("joined %d %d\n", ra, rb);

    int x = 0, y = 0;
    GATHER2(into("x", 50, &x), into("y", 10, &y));
    printf("gathered %d %d\n", x, y);

    RUN_PAIR(worker("p", 40), worker("q", 0));

    ac_task *ts[3];
    SPAWN_ALL(ts, 3, 40);
    int sum = 0;
    for (int i = 0; i < 3; i++) {
        int r = 0;
        JOIN_INTO(ts[i], r);
        sum += r;
    }
    printf("sum %d\n", sum);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
