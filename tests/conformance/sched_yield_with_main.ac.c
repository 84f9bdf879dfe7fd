/* The main task yielding takes its turn among spawned tasks: ac_yield goes to the back. */
#include <asyncc.h>
#include <stdio.h>

static async void worker(char name, int rounds)
{
    for (int i = 0; i < rounds; i++) {
        printf("%c%d\n", name, i);
        await ac_yield();
    }
}

static async void amain(void)
{
    ac_task *a = ac_spawn(worker('a', 3));
    ac_task *b = ac_spawn(worker('b', 3));
    for (int i = 0; i < 3; i++) {
        printf("m%d\n", i);
        await ac_yield();
    }
    await ac_join(a, NULL);
    await ac_join(b, NULL);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
