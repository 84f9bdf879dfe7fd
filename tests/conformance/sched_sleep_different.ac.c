/* Sleeping tasks wake in deadline order, not spawn order. */
#include <asyncc.h>
#include <stdio.h>

static async int sleeper(int id, int ms)
{
    printf("%d sleeps %d\n", id, ms);
    await ac_sleep((uint64_t)ms);
    printf("%d wakes\n", id);
    return ms;
}

static async void amain(void)
{
    int ms[5] = {50, 10, 40, 20, 30};
    ac_task *t[5];
    for (int i = 0; i < 5; i++)
        t[i] = ac_spawn(sleeper(i, ms[i]));
    int total = 0;
    for (int i = 0; i < 5; i++) {
        int r;
        await ac_join(t[i], &r);
        total += r;
    }
    printf("total %d\n", total);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
