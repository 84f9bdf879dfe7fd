/* Spawned tasks start at the next turn of the loop, in spawn order, after the spawner suspends. */
#include <asyncc.h>
#include <stdio.h>

static async int hello(int id)
{
    printf("task %d runs\n", id);
    return id;
}

static async void amain(void)
{
    ac_task *t[4];
    for (int i = 0; i < 4; i++) {
        t[i] = ac_spawn(hello(i));
        printf("spawned %d\n", i);
    }
    printf("main suspends\n");
    int sum = 0;
    for (int i = 0; i < 4; i++) {
        int r = 0;
        await ac_join(t[i], &r);
        sum += r;
    }
    printf("sum=%d\n", sum);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
