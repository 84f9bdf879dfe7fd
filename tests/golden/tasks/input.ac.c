/* ac_spawn, ac_join, ac_gather and ac_run call sites, and their glue. */
#include <asyncc.h>
#include <stdio.h>

static async double half(int x)
{
    await ac_sleep(1);
    return x / 2.0;
}

static async void report(int id)
{
    printf("report %d\n", id);
}

static async int amain(void)
{
    ac_task *t = ac_spawn(half(3));
    double h;
    await ac_join(t, &h);
    await ac_gather(report(1), report(2));
    return (int)(h * 2);
}

int main(void)
{
    return ac_run(amain()) == 3 ? 0 : 1;
}
