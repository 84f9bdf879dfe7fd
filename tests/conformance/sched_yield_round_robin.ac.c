/* Tasks that yield in a loop run round robin in FIFO order; shorter ones drop out. */
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
    ac_task *a = ac_spawn(worker('a', 1));
    ac_task *b = ac_spawn(worker('b', 4));
    ac_task *c = ac_spawn(worker('c', 2));
    await ac_join(a, NULL);
    await ac_join(b, NULL);
    await ac_join(c, NULL);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
