/* Equal sleeps set in reverse spawn order (after different numbers of yields) wake in set order. */
#include <asyncc.h>
#include <stdio.h>

static async void sleeper(int id, int yields)
{
    for (int i = 0; i < yields; i++)
        await ac_yield();
    printf("%d sets its timer\n", id);
    await ac_sleep(30);
    printf("%d wakes\n", id);
}

static async void amain(void)
{
    ac_task *a = ac_spawn(sleeper(0, 2));
    ac_task *b = ac_spawn(sleeper(1, 1));
    ac_task *c = ac_spawn(sleeper(2, 0));
    await ac_join(a, NULL);
    await ac_join(b, NULL);
    await ac_join(c, NULL);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
