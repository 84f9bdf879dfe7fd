/* A gather running while a spawned task sleeps; the task is joined afterwards. */
#include <asyncc.h>
#include <stdio.h>

static async int background(void)
{
    await ac_sleep(60);
    printf("background done\n");
    return 99;
}

static async void fast(int id, int ms, int *out)
{
    await ac_sleep((uint64_t)ms);
    printf("fast %d done\n", id);
    *out = id;
}

static async void amain(void)
{
    ac_task *bg = ac_spawn(background());
    int a = 0, b = 0;
    await ac_gather(fast(1, 20, &a), fast(2, 10, &b));
    printf("gathered %d %d\n", a, b);
    int r = 0;
    await ac_join(bg, &r);
    printf("background gave %d\n", r);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
