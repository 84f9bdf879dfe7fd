/* Scheduling order among tasks: spawned tasks start at the next turn in
 * FIFO order, ac_yield goes to the back of the ready queue, timers fire
 * in deadline order (ties in the order they were set), and ac_join gives
 * a task's typed result. */
#include <asyncc.h>
#include <stdio.h>

static async int worker(int id, int rounds)
{
    for (int i = 0; i < rounds; i++) {
        printf("worker %d round %d\n", id, i);
        await ac_yield();
    }
    return id * 10;
}

static async int sleeper(int id, int ms)
{
    await ac_sleep(ms);
    printf("sleeper %d woke\n", id);
    return ms;
}

static async void amain(void)
{
    ac_task *a = ac_spawn(worker(1, 3));
    ac_task *b = ac_spawn(worker(2, 2));
    printf("spawned\n");
    int ra = 0, rb = 0;
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    printf("joined %d %d\n", ra, rb);
    ac_task *s1 = ac_spawn(sleeper(1, 30));
    ac_task *s2 = ac_spawn(sleeper(2, 10));
    ac_task *s3 = ac_spawn(sleeper(3, 10));
    int r1, r2, r3;
    await ac_join(s1, &r1);
    await ac_join(s2, &r2);
    await ac_join(s3, &r3);
    printf("slept %d %d %d\n", r1, r2, r3);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
