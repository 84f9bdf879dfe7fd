/* Two hundred tasks, each yielding a few times, all joined; results summed. */
#include <asyncc.h>
#include <stdio.h>

#define N 200

static int running, max_running;

static async int worker(int id)
{
    running++;
    if (running > max_running)
        max_running = running;
    for (int i = 0; i < id % 4; i++)
        await ac_yield();
    running--;
    return id;
}

static async void amain(void)
{
    static ac_task *tasks[N];
    for (int i = 0; i < N; i++)
        tasks[i] = ac_spawn(worker(i));
    long sum = 0;
    for (int i = 0; i < N; i++) {
        int r = 0;
        await ac_join(tasks[i], &r);
        sum += r;
    }
    printf("sum=%ld max_running=%d running=%d\n", sum, max_running, running);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
