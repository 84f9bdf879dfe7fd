/* Timers with the same deadline fire in the order they were set. */
#include <asyncc.h>
#include <stdio.h>

static async void sleeper(int id)
{
    await ac_sleep(20);
    printf("%d wakes\n", id);
}

static async void amain(void)
{
    ac_task *t[6];
    for (int i = 0; i < 6; i++)
        t[i] = ac_spawn(sleeper(i));
    for (int i = 0; i < 6; i++)
        await ac_join(t[i], NULL);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
