/* A sleeper whose deadline passes while another task keeps yielding wakes
 * as in asyncio: in the second turn after it, behind the yielding task. */
#include <asyncc.h>
#include <stdio.h>
#include <time.h>

static int woke;

/* time.sleep(ms / 1000.0): blocks the loop, as the Python twin does. */
static void block_ms(long ms)
{
    struct timespec a, b;
    timespec_get(&a, TIME_UTC);
    do
        timespec_get(&b, TIME_UTC);
    while ((b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000 <
           ms);
}

async void sleeper(void)
{
    await ac_sleep(1);
    woke = 1;
    printf("sleeper woke\n");
}

async void spinner(void)
{
    block_ms(5);
    for (int i = 1; i < 5; i++) {
        await ac_yield();
        printf("spinner: after %d yields, woke=%d\n", i, woke);
    }
}

async int amain(void)
{
    ac_task *t1 = ac_spawn(sleeper());
    ac_task *t2 = ac_spawn(spinner());
    await ac_join(t1, NULL);
    await ac_join(t2, NULL);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
