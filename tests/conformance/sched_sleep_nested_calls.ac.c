/* Sleeps inside nested awaited calls of different tasks wake in deadline order. */
#include <asyncc.h>
#include <stdio.h>

static async void wait_ms(const char *who, int ms)
{
    await ac_sleep((uint64_t)ms);
    printf("%s after %d\n", who, ms);
}

static async void job(const char *who, int first, int second)
{
    await wait_ms(who, first);
    await wait_ms(who, second);
}

static async void amain(void)
{
    ac_task *a = ac_spawn(job("a", 20, 100));
    ac_task *b = ac_spawn(job("b", 60, 100));
    await ac_join(a, NULL);
    await ac_join(b, NULL);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
