/* gather_tasks: two tasks run concurrently with ac_gather, so the program
 * takes about 2 s, not 3 (seed article 004). */
#include <asyncc.h>
#include <stdio.h>

static async void task1(void)
{
    printf("Task 1 started\n");
    fflush(stdout);
    await ac_sleep(1000);
    printf("Task 1 finished\n");
    fflush(stdout);
}

static async void task2(void)
{
    printf("Task 2 started\n");
    fflush(stdout);
    await ac_sleep(2000);
    printf("Task 2 finished\n");
}

static async void amain(void)
{
    await ac_gather(task1(), task2());
}

int main(void)
{
    ac_run(amain());
    return 0;
}
