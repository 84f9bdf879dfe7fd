/*
 * test_timer.c - ac_sleep(): timers fire in deadline order, equal
 * deadlines in the order set, a sleep lasts at least its duration, and
 * tasks that keep yielding do not starve timers.
 */
#include <time.h>

#include "rt_test.h"

/* Milliseconds on the monotonic clock. */
static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Indexes of sleepers in the order they woke. */
static int woke[512];
static int nwoke;

/* async int sleeper(const char *name, int index, uint64_t ms)
 * {
 *     await ac_sleep(ms);
 *     if (name) say(name);
 *     woke[nwoke++] = index;
 *     return index;
 * } */
struct sleeper__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    const char *name;
    int index;
    uint64_t ms;
    int ac_t1;
};

static int sleeper__ac_resume(ac_frame *f, ac_task *t)
{
    struct sleeper__ac_frame *fr = (struct sleeper__ac_frame *)f;
    switch (f->ac_state) {
    case 0:
        f->ac_state = 1;
        return ac_sleep__ac_await(t, &fr->ac_t1, fr->ms);
    case 1:
        cr_assert_eq(fr->ac_t1, 0);
        if (fr->name)
            rt_say("%s", fr->name);
        woke[nwoke++] = fr->index;
        if (fr->ac_ret)
            *fr->ac_ret = fr->index;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *sleeper__ac_init(void *mem, int *ret, const char *name,
                                  int index, uint64_t ms)
{
    struct sleeper__ac_frame *fr = mem;
    rt_frame(mem, sleeper__ac_resume);
    fr->ac_ret = ret;
    fr->name = name;
    fr->index = index;
    fr->ms = ms;
    return &fr->ac_hdr;
}

/* A sleep plan: task i sleeps plan[i].ms and says plan[i].name. */
struct plan {
    const char *name;
    uint64_t ms;
};

/* async int sleepers(const struct plan *plan, int n, uint64_t wait)
 * {
 *     for (int i = 0; i < n; i++)
 *         ac_spawn(sleeper(plan[i].name, i, plan[i].ms));
 *     say("main");
 *     await ac_sleep(wait);
 *     say("main done");
 *     return n;
 * } */
struct sleepers__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    const struct plan *plan;
    int n;
    uint64_t wait;
    int ac_t1;
};

static int sleepers__ac_resume(ac_frame *f, ac_task *t)
{
    struct sleepers__ac_frame *fr = (struct sleepers__ac_frame *)f;
    ac_task *task;
    int i;
    switch (f->ac_state) {
    case 0:
        for (i = 0; i < fr->n; i++)
            RT_SPAWN(task, int, sleeper, fr->plan[i].name, i, fr->plan[i].ms);
        rt_say("main");
        f->ac_state = 1;
        return ac_sleep__ac_await(t, &fr->ac_t1, fr->wait);
    case 1:
        rt_say("main done");
        *fr->ac_ret = fr->n;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *sleepers__ac_init(void *mem, int *ret,
                                   const struct plan *plan, int n,
                                   uint64_t wait)
{
    struct sleepers__ac_frame *fr = mem;
    rt_frame(mem, sleepers__ac_resume);
    fr->ac_ret = ret;
    fr->plan = plan;
    fr->n = n;
    fr->wait = wait;
    return &fr->ac_hdr;
}

/*
 * import asyncio
 * async def sleeper(name, ms):
 *     await asyncio.sleep(ms / 1000)
 *     print(name)
 * async def main():
 *     for name, ms in [("a", 20), ("b", 10), ("c", 20), ("d", 10),
 *                      ("e", 0), ("f", 30)]:
 *         asyncio.create_task(sleeper(name, ms))
 *     print("main")
 *     await asyncio.sleep(0.05)
 *     print("main done")
 * asyncio.run(main())
 */
Test(timer, fire_in_deadline_then_set_order)
{
    static const struct plan plan[] = {{"a", 20}, {"b", 10}, {"c", 20},
                                       {"d", 10}, {"e", 0},  {"f", 30}};
    int r = -1;
    RT_RUN(r, sleepers, plan, 6, 50);
    cr_assert_eq(r, 6);
    cr_assert_str_eq(rt_said(), "main\ne\nb\nd\na\nc\nf\nmain done\n");
    rt_check_leaks();
}

/* Sleeps set in one turn for the same duration have equal deadlines (or,
 * if the clock ticked meanwhile, later ones for later sleeps): they fire
 * in the order set, whatever the heap's shape. */
Test(timer, equal_deadlines_fire_in_set_order)
{
    static struct plan plan[200];
    int i, r = -1;
    for (i = 0; i < 200; i++)
        plan[i].ms = i % 2 ? 5 : 10;
    RT_RUN(r, sleepers, plan, 200, 30);
    cr_assert_eq(nwoke, 200);
    for (i = 0; i < 100; i++) {
        cr_assert_eq(woke[i], 2 * i + 1);
        cr_assert_eq(woke[100 + i], 2 * i);
    }
    rt_check_leaks();
}

/* 300 sleeps of 10..100 ms in a scrambled order: they wake sorted by
 * (duration, order set). */
Test(timer, heap_orders_many_timers)
{
    static struct plan plan[300];
    int i, r = -1;
    for (i = 0; i < 300; i++)
        plan[i].ms = 10 * (1 + (uint64_t)(i * 7919 % 10));
    RT_RUN(r, sleepers, plan, 300, 120);
    cr_assert_eq(nwoke, 300);
    for (i = 1; i < 300; i++) {
        uint64_t a = plan[woke[i - 1]].ms, b = plan[woke[i]].ms;
        cr_assert(a < b || (a == b && woke[i - 1] < woke[i]),
                  "woke %d (%d ms) before %d (%d ms)", woke[i - 1], (int)a,
                  woke[i], (int)b);
    }
    rt_check_leaks();
}

Test(timer, sleep_lasts_at_least_its_duration)
{
    static const struct plan plan[] = {{"x", 30}};
    double t0 = now_ms(), dt;
    int r = -1;
    RT_RUN(r, sleepers, plan, 1, 40);
    dt = now_ms() - t0;
    /* libuv counts whole milliseconds. */
    cr_assert_geq(dt, 39.0, "ran %.1f ms", dt);
    cr_assert_lt(dt, 2000.0, "ran %.1f ms", dt);
    cr_assert_str_eq(rt_said(), "main\nx\nmain done\n");
    rt_check_leaks();
}

/* async int spinner(int *stop) { while (!*stop) await ac_yield(); ... } */
struct spinner__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int *stop;
    int spins, ac_t1;
};

static int spinner__ac_resume(ac_frame *f, ac_task *t)
{
    struct spinner__ac_frame *fr = (struct spinner__ac_frame *)f;
    switch (f->ac_state) {
    case 0:
        while (!*fr->stop) {
            fr->spins++;
            f->ac_state = 1;
            return ac_yield__ac_await(t, &fr->ac_t1);
        case 1:;
        }
        *fr->ac_ret = fr->spins;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *spinner__ac_init(void *mem, int *ret, int *stop)
{
    struct spinner__ac_frame *fr = mem;
    rt_frame(mem, spinner__ac_resume);
    fr->ac_ret = ret;
    fr->stop = stop;
    fr->spins = 0;
    return &fr->ac_hdr;
}

/* async int alarm(int *stop, uint64_t ms)
 * {
 *     ac_task *s = ac_spawn(spinner(stop));
 *     await ac_sleep(ms);
 *     *stop = 1;
 *     await ac_join(s, &spins);
 *     return spins;
 * } */
struct alarm__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int *stop;
    uint64_t ms;
    ac_task *s;
    int spins, ac_t1;
};

static int alarm__ac_resume(ac_frame *f, ac_task *t)
{
    struct alarm__ac_frame *fr = (struct alarm__ac_frame *)f;
    switch (f->ac_state) {
    case 0:
        RT_SPAWN(fr->s, int, spinner, fr->stop);
        f->ac_state = 1;
        return ac_sleep__ac_await(t, &fr->ac_t1, fr->ms);
    case 1:
        *fr->stop = 1;
        f->ac_state = 2;
        return ac_join__ac_await(t, &fr->ac_t1, fr->s, &fr->spins);
    case 2:
        *fr->ac_ret = fr->spins;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *alarm__ac_init(void *mem, int *ret, int *stop, uint64_t ms)
{
    struct alarm__ac_frame *fr = mem;
    rt_frame(mem, alarm__ac_resume);
    fr->ac_ret = ret;
    fr->stop = stop;
    fr->ms = ms;
    return &fr->ac_hdr;
}

Test(timer, yielding_tasks_do_not_starve_timers, .timeout = 10)
{
    int stop = 0, spins = -1;
    RT_RUN(spins, alarm, &stop, 5);
    cr_assert_gt(spins, 0);
    rt_check_leaks();
}
