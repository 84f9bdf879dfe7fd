/* Workers meet at a yield-based barrier between two phases; no one starts phase 2 early. */
#include <asyncc.h>
#include <stdio.h>

#define N 4

static int arrived;
static int phase2_started;

static async void barrier(void)
{
    arrived++;
    while (arrived < N)
        await ac_yield();
}

static async void worker(int id)
{
    for (int i = 0; i < id; i++)
        await ac_yield();
    printf("worker %d phase 1 (phase2 started: %d)\n", id, phase2_started);
    await barrier();
    phase2_started++;
    printf("worker %d phase 2\n", id);
}

static async void amain(void)
{
    ac_task *t[N];
    for (int i = 0; i < N; i++)
        t[i] = ac_spawn(worker(N - 1 - i));
    for (int i = 0; i < N; i++)
        await ac_join(t[i], NULL);
    printf("all %d done\n", phase2_started);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
