/* ac_join gives each task's typed result: int, double, struct and pointer, joined out of order. */
#include <asyncc.h>
#include <stdio.h>

struct pair {
    int a;
    long b;
};

static async int f_int(void)
{
    await ac_yield();
    return 42;
}

static async double f_dbl(void)
{
    await ac_sleep(5);
    return 2.5;
}

static async struct pair f_pair(int k)
{
    await ac_yield();
    struct pair p = {k, (long)k * 1000000000L};
    return p;
}

static async const char *f_str(void)
{
    return "text";
}

static async void amain(void)
{
    ac_task *ti = ac_spawn(f_int());
    ac_task *td = ac_spawn(f_dbl());
    ac_task *tp = ac_spawn(f_pair(7));
    ac_task *ts = ac_spawn(f_str());
    const char *s = NULL;
    struct pair p = {0, 0};
    double d = 0;
    int i = 0;
    await ac_join(ts, &s);
    await ac_join(tp, &p);
    await ac_join(td, &d);
    await ac_join(ti, &i);
    printf("%d %.1f %d %ld %s\n", i, d, p.a, p.b, s);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
