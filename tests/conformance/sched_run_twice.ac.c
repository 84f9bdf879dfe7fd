/* ac_run twice in a row: each call runs a fresh loop and returns the main call's value. */
#include <asyncc.h>
#include <stdio.h>

static async int job(int n)
{
    int s = 0;
    for (int i = 1; i <= n; i++) {
        await ac_sleep(1);
        s += i;
    }
    return s;
}

static async int spawner(int n)
{
    ac_task *t = ac_spawn(job(n));
    int r = 0;
    await ac_join(t, &r);
    return r * 2;
}

int main(void)
{
    int a = ac_run(job(4));
    printf("first %d\n", a);
    int b = ac_run(spawner(3));
    printf("second %d\n", b);
    return 0;
}
