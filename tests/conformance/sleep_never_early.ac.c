/* ac_sleep(ms) never ends before ms have passed, also while another task
 * keeps the loop busy by yielding (deadlines are kept in ns, not in the
 * loop's whole milliseconds). */
#include <asyncc.h>
#include <stdio.h>
#include <time.h>

static int done;

static double now_ms(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

async void spinner(void)
{
    while (!done)
        await ac_yield();
}

async int amain(void)
{
    ac_task *t = ac_spawn(spinner());
    int early = 0;
    for (int i = 0; i < 20; i++) {
        double t0 = now_ms();
        await ac_sleep(3);
        early += now_ms() - t0 < 3.0;
    }
    done = 1;
    await ac_join(t, NULL);
    printf("early wakes: %d of 20\n", early);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
