/* ac_sleep(0) behaves as ac_yield: tasks using it interleave like yielding tasks. */
#include <asyncc.h>
#include <stdio.h>

static async void worker(char name, int rounds, int use_sleep)
{
    for (int i = 0; i < rounds; i++) {
        printf("%c%d\n", name, i);
        if (use_sleep)
            await ac_sleep(0);
        else
            await ac_yield();
    }
}

static async void amain(void)
{
    ac_task *a = ac_spawn(worker('s', 3, 1));
    ac_task *b = ac_spawn(worker('y', 3, 0));
    ac_task *c = ac_spawn(worker('z', 3, 1));
    await ac_join(a, NULL);
    await ac_join(b, NULL);
    await ac_join(c, NULL);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
