/*
 * test_deep.c - an await chain one million frames deep (SPEC §2) runs on
 * a thread with a 256 KiB stack: the trampoline never grows the C stack.
 */
#include <pthread.h>

#include "rt_test.h"

#define DEPTH 1000000

/* async int depth(int n, uint64_t ms)
 * {
 *     if (n == 0) {
 *         await ac_yield();
 *         await ac_sleep(ms);
 *         return 0;
 *     }
 *     return 1 + await depth(n - 1, ms);   // through the frame pool
 * } */
struct depth__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n;
    uint64_t ms;
    int ac_t1;
};

static int depth__ac_resume(ac_frame *f, ac_task *t);

static ac_frame *depth__ac_init(void *mem, int *ret, int n, uint64_t ms)
{
    struct depth__ac_frame *fr = mem;
    rt_frame(mem, depth__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    fr->ms = ms;
    return &fr->ac_hdr;
}

static int depth__ac_await(ac_task *t, int *ret, int n, uint64_t ms)
{
    size_t size = sizeof(struct depth__ac_frame);
    return rt_await_pooled(t, depth__ac_init(ac__frame_alloc(size), ret, n, ms),
                           size);
}

static int depth__ac_resume(ac_frame *f, ac_task *t)
{
    struct depth__ac_frame *fr = (struct depth__ac_frame *)f;
    switch (f->ac_state) {
    case 0:
        if (fr->n > 0) {
            f->ac_state = 3;
            return depth__ac_await(t, &fr->ac_t1, fr->n - 1, fr->ms);
        }
        f->ac_state = 1;
        return ac_yield__ac_await(t, &fr->ac_t1);
    case 1:
        f->ac_state = 2;
        return ac_sleep__ac_await(t, &fr->ac_t1, fr->ms);
    case 2:
        *fr->ac_ret = 0;
        return ac__return(t, f);
    case 3:
        *fr->ac_ret = 1 + fr->ac_t1;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

/* async int abandon(int n)
 * {
 *     ac_spawn(depth(n, HOUR));   // left a million frames deep, asleep
 *     await ac_sleep(1);
 *     return n;
 * } */
struct abandon__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n, ac_t1;
};

static int abandon__ac_resume(ac_frame *f, ac_task *t)
{
    struct abandon__ac_frame *fr = (struct abandon__ac_frame *)f;
    ac_task *task;
    if (f->ac_state == 0) {
        RT_SPAWN(task, int, depth, fr->n, (uint64_t)3600 * 1000);
        f->ac_state = 1;
        return ac_sleep__ac_await(t, &fr->ac_t1, 1);
    }
    *fr->ac_ret = fr->n;
    return ac__return(t, f);
}

static ac_frame *abandon__ac_init(void *mem, int *ret, int n)
{
    struct abandon__ac_frame *fr = mem;
    rt_frame(mem, abandon__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    return &fr->ac_hdr;
}

static void *run_depth(void *arg)
{
    int *r = arg;
    RT_RUN(*r, depth, DEPTH, 1);
    return NULL;
}

static void *run_abandon(void *arg)
{
    int *r = arg;
    RT_RUN(*r, abandon, DEPTH);
    return NULL;
}

/* Runs fn(&r) on a thread with a 256 KiB stack; gives r. */
static int on_small_stack(void *(*fn)(void *))
{
    pthread_attr_t attr;
    pthread_t thread;
    int r = -1;
    cr_assert_eq(pthread_attr_init(&attr), 0);
    cr_assert_eq(pthread_attr_setstacksize(&attr, 256 * 1024), 0);
    cr_assert_eq(pthread_create(&thread, &attr, fn, &r), 0);
    cr_assert_eq(pthread_join(thread, NULL), 0);
    pthread_attr_destroy(&attr);
    return r;
}

Test(deep, million_nested_awaits_on_a_small_stack, .timeout = 60)
{
    cr_assert_eq(on_small_stack(run_depth), DEPTH);
    rt_check_leaks();
}

Test(deep, million_frames_left_at_exit_are_freed, .timeout = 60)
{
    cr_assert_eq(on_small_stack(run_abandon), DEPTH);
    rt_check_leaks();
}
