/*
 * test_run.c - ac_run(): gives the root's result, can run again, finishes
 * its last turn as asyncio does, frees every task it did not see joined,
 * and aborts when misused (nested, spawn without a loop, deadlock).
 */
#include <signal.h>

#include "internal.h" /* ac__task_park(), for hang() */
#include "rt_test.h"

/* async int answer(int x)
 * {
 *     await ac_sleep(1);
 *     await ac_yield();
 *     return 2 * x;
 * } */
struct answer__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int x, ac_t1;
};

static int answer__ac_resume(ac_frame *f, ac_task *t)
{
    struct answer__ac_frame *fr = (struct answer__ac_frame *)f;
    switch (f->ac_state) {
    case 0:
        f->ac_state = 1;
        return ac_sleep__ac_await(t, &fr->ac_t1, 1);
    case 1:
        f->ac_state = 2;
        return ac_yield__ac_await(t, &fr->ac_t1);
    case 2:
        *fr->ac_ret = 2 * fr->x;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *answer__ac_init(void *mem, int *ret, int x)
{
    struct answer__ac_frame *fr = mem;
    rt_frame(mem, answer__ac_resume);
    fr->ac_ret = ret;
    fr->x = x;
    return &fr->ac_hdr;
}

Test(run, returns_the_root_result)
{
    int r = -1;
    RT_RUN(r, answer, 21);
    cr_assert_eq(r, 42);
    rt_check_leaks();
}

Test(run, twice_in_a_row)
{
    int r1 = -1, r2 = -1;
    RT_RUN(r1, answer, 1);
    RT_RUN(r2, answer, 2);
    cr_assert_eq(r1, 2);
    cr_assert_eq(r2, 4);
    rt_check_leaks();
}

/* ------------------------------------------------------------------------
 * The last turn.
 * ------------------------------------------------------------------------ */

/* async int other(int n)
 * {
 *     say("other %d start", n);
 *     await ac_yield();
 *     say("other %d after yield", n);
 *     return n;
 * } */
struct other__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n, ac_t1;
};

static int other__ac_resume(ac_frame *f, ac_task *t)
{
    struct other__ac_frame *fr = (struct other__ac_frame *)f;
    if (f->ac_state == 0) {
        rt_say("other %d start", fr->n);
        f->ac_state = 1;
        return ac_yield__ac_await(t, &fr->ac_t1);
    }
    rt_say("other %d after yield", fr->n);
    *fr->ac_ret = fr->n;
    return ac__return(t, f);
}

static ac_frame *other__ac_init(void *mem, int *ret, int n)
{
    struct other__ac_frame *fr = mem;
    rt_frame(mem, other__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    return &fr->ac_hdr;
}

/* async int hello(const char *name) { say(name); return 0; } */
struct hello__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    const char *name;
};

static int hello__ac_resume(ac_frame *f, ac_task *t)
{
    struct hello__ac_frame *fr = (struct hello__ac_frame *)f;
    rt_say("%s", fr->name);
    *fr->ac_ret = 0;
    return ac__return(t, f);
}

static ac_frame *hello__ac_init(void *mem, int *ret, const char *name)
{
    struct hello__ac_frame *fr = mem;
    rt_frame(mem, hello__ac_resume);
    fr->ac_ret = ret;
    fr->name = name;
    return &fr->ac_hdr;
}

/* async int last_turn(int k)
 * {
 *     ac_spawn(other(1));
 *     await ac_yield();
 *     ac_spawn(hello("third"));
 *     ac_spawn(other(2));
 *     say("main done");
 *     return k;
 * } */
struct last_turn__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int k, ac_t1;
};

static int last_turn__ac_resume(ac_frame *f, ac_task *t)
{
    struct last_turn__ac_frame *fr = (struct last_turn__ac_frame *)f;
    ac_task *task;
    if (f->ac_state == 0) {
        RT_SPAWN(task, int, other, 1);
        f->ac_state = 1;
        return ac_yield__ac_await(t, &fr->ac_t1);
    }
    RT_SPAWN(task, int, hello, "third");
    RT_SPAWN(task, int, other, 2);
    rt_say("main done");
    *fr->ac_ret = fr->k;
    return ac__return(t, f);
}

static ac_frame *last_turn__ac_init(void *mem, int *ret, int k)
{
    struct last_turn__ac_frame *fr = mem;
    rt_frame(mem, last_turn__ac_resume);
    fr->ac_ret = ret;
    fr->k = k;
    return &fr->ac_hdr;
}

/*
 * import asyncio
 * async def other(n):
 *     print("other", n, "start")
 *     await asyncio.sleep(0)
 *     print("other", n, "after yield")
 * async def third():
 *     print("third")
 * async def main():
 *     asyncio.create_task(other(1))
 *     await asyncio.sleep(0)
 *     asyncio.create_task(third())
 *     asyncio.create_task(other(2))
 *     print("main done")
 *     return 3
 * print(asyncio.run(main()))
 */
Test(run, finishes_the_turn_and_one_more_like_asyncio)
{
    int r = -1;
    RT_RUN(r, last_turn, 3);
    cr_assert_eq(r, 3);
    cr_assert_str_eq(rt_said(), "other 1 start\nmain done\n"
                                "other 1 after yield\nthird\nother 2 start\n");
    rt_check_leaks();
}

/* ------------------------------------------------------------------------
 * Tasks left at exit, in every state, are freed.
 * ------------------------------------------------------------------------ */

/* async int forever(int n) { for (;;) await ac_yield(); } */
struct forever__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n, ac_t1;
};

static int forever__ac_resume(ac_frame *f, ac_task *t)
{
    struct forever__ac_frame *fr = (struct forever__ac_frame *)f;
    fr->n++;
    f->ac_state = 1;
    return ac_yield__ac_await(t, &fr->ac_t1);
}

static ac_frame *forever__ac_init(void *mem, int *ret, int n)
{
    struct forever__ac_frame *fr = mem;
    rt_frame(mem, forever__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    return &fr->ac_hdr;
}

/* async struct huge big(uint64_t ms)
 * {
 *     char scratch[3000];               // a frame past the pool's classes
 *     await ac_sleep(ms);
 *     return (struct huge){...};
 * } */
struct huge {
    char bytes[1500];
};

struct big__ac_frame {
    ac_frame ac_hdr;
    struct huge *ac_ret;
    uint64_t ms;
    char scratch[3000];
    int ac_t1;
};

static int big__ac_resume(ac_frame *f, ac_task *t)
{
    struct big__ac_frame *fr = (struct big__ac_frame *)f;
    if (f->ac_state == 0) {
        memset(fr->scratch, 'x', sizeof fr->scratch);
        f->ac_state = 1;
        return ac_sleep__ac_await(t, &fr->ac_t1, fr->ms);
    }
    if (fr->ac_ret)
        memcpy(fr->ac_ret->bytes, fr->scratch, sizeof fr->ac_ret->bytes);
    return ac__return(t, f);
}

static ac_frame *big__ac_init(void *mem, struct huge *ret, uint64_t ms)
{
    struct big__ac_frame *fr = mem;
    rt_frame(mem, big__ac_resume);
    fr->ac_ret = ret;
    fr->ms = ms;
    return &fr->ac_hdr;
}

/* async int dig(int n, uint64_t ms)
 * {
 *     struct huge h;
 *     if (n == 0) { await big(ms) ; return 0; }   // both through the pool
 *     return 1 + await dig(n - 1, ms);
 * } */
struct dig__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n;
    uint64_t ms;
    int ac_t1;
    struct huge h;
};

static int dig__ac_resume(ac_frame *f, ac_task *t);

static ac_frame *dig__ac_init(void *mem, int *ret, int n, uint64_t ms)
{
    struct dig__ac_frame *fr = mem;
    rt_frame(mem, dig__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    fr->ms = ms;
    return &fr->ac_hdr;
}

static int dig__ac_resume(ac_frame *f, ac_task *t)
{
    struct dig__ac_frame *fr = (struct dig__ac_frame *)f;
    ac_frame *callee;
    switch (f->ac_state) {
    case 0:
        if (fr->n == 0) {
            f->ac_state = 2;
            callee = big__ac_init(ac__frame_alloc(sizeof(struct big__ac_frame)),
                                  &fr->h, fr->ms);
            return rt_await_pooled(t, callee, sizeof(struct big__ac_frame));
        }
        f->ac_state = 1;
        callee = dig__ac_init(ac__frame_alloc(sizeof *fr), &fr->ac_t1,
                              fr->n - 1, fr->ms);
        return rt_await_pooled(t, callee, sizeof *fr);
    case 1:
        *fr->ac_ret = 1 + fr->ac_t1;
        return ac__return(t, f);
    case 2:
        *fr->ac_ret = 0;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

/* async int waiter(ac_task **target) { await ac_join(*target, NULL); ... } */
struct waiter__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    ac_task **target;
    int ac_t1;
};

static int waiter__ac_resume(ac_frame *f, ac_task *t)
{
    struct waiter__ac_frame *fr = (struct waiter__ac_frame *)f;
    if (f->ac_state == 0) {
        f->ac_state = 1;
        return ac_join__ac_await(t, &fr->ac_t1, *fr->target, NULL);
    }
    *fr->ac_ret = fr->ac_t1;
    return ac__return(t, f);
}

static ac_frame *waiter__ac_init(void *mem, int *ret, ac_task **target)
{
    struct waiter__ac_frame *fr = mem;
    rt_frame(mem, waiter__ac_resume);
    fr->ac_ret = ret;
    fr->target = target;
    return &fr->ac_hdr;
}

/* async int hang(int x) { await <something that never comes>; } -- its
 * frame parks the task, as an awaitable waiting for I/O would, and nothing
 * ever wakes it. */
struct hang__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
};

static int hang__ac_resume(ac_frame *f, ac_task *t)
{
    (void)f;
    ac__task_park(ac__loop_running, t);
    return AC__SUSPEND;
}

static ac_frame *hang__ac_init(void *mem, int *ret, int x)
{
    struct hang__ac_frame *fr = mem;
    rt_frame(mem, hang__ac_resume);
    fr->ac_ret = ret;
    (void)x;
    return &fr->ac_hdr;
}

/* async int gathering(uint64_t ms)
 * {
 *     return await ac_gather(dig(3, ms), big(ms), ac_sleep(ms));
 * } */
struct gathering__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    uint64_t ms;
};

static int gathering__ac_resume(ac_frame *f, ac_task *t)
{
    struct gathering__ac_frame *fr = (struct gathering__ac_frame *)f;
    ac_frame *g;
    ac_task *task;
    if (f->ac_state == 0) {
        g = ac__gather_new(fr->ac_ret, 3);
        RT_SPAWN(task, int, dig, 3, fr->ms);
        ac__gather_add(g, task);
        RT_SPAWN(task, struct huge, big, fr->ms);
        ac__gather_add(g, task);
        task = ac__task_new(ac_sleep__ac_size, sizeof(int));
        ac_sleep__ac_init(ac__task_frame(task), ac__task_result(task),
                          fr->ms);
        ac__gather_add(g, ac__task_start(task));
        f->ac_state = 1;
        return ac__call(t, g);
    }
    return ac__return(t, f);
}

static ac_frame *gathering__ac_init(void *mem, int *ret, uint64_t ms)
{
    struct gathering__ac_frame *fr = mem;
    rt_frame(mem, gathering__ac_resume);
    fr->ac_ret = ret;
    fr->ms = ms;
    return &fr->ac_hdr;
}

/* async int leave(int k)
 * {
 *     ac_spawn(forever(0));                 // ready at exit
 *     ac_task *s = ac_spawn(dig(1000, HOUR)); // asleep, 1000 pool frames
 *     ac_task *w = ac_spawn(waiter(&s));    // waiting in a join,
 *     ac_spawn(waiter(&w));                 // and one waiting for it
 *     ac_spawn(hang(0));                    // parked
 *     ac_spawn(hello("done"));              // done, never joined
 *     ac_spawn(big(HOUR));                  // a block past the pool
 *     ac_spawn(gathering(HOUR));            // in a gather
 *     await ac_yield();
 *     await ac_yield();
 *     return k;
 * } */
#define HOUR ((uint64_t)3600 * 1000)

struct leave__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int k, ac_t1;
    ac_task *s, *w;
};

static int leave__ac_resume(ac_frame *f, ac_task *t)
{
    struct leave__ac_frame *fr = (struct leave__ac_frame *)f;
    ac_task *task;
    switch (f->ac_state) {
    case 0:
        RT_SPAWN(task, int, forever, 0);
        RT_SPAWN(fr->s, int, dig, 1000, HOUR);
        RT_SPAWN(fr->w, int, waiter, &fr->s);
        RT_SPAWN(task, int, waiter, &fr->w);
        RT_SPAWN(task, int, hang, 0);
        RT_SPAWN(task, int, hello, "done");
        RT_SPAWN(task, struct huge, big, HOUR);
        RT_SPAWN(task, int, gathering, HOUR);
        f->ac_state = 1;
        return ac_yield__ac_await(t, &fr->ac_t1);
    case 1:
        f->ac_state = 2;
        return ac_yield__ac_await(t, &fr->ac_t1);
    case 2:
        *fr->ac_ret = fr->k;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *leave__ac_init(void *mem, int *ret, int k)
{
    struct leave__ac_frame *fr = mem;
    rt_frame(mem, leave__ac_resume);
    fr->ac_ret = ret;
    fr->k = k;
    return &fr->ac_hdr;
}

Test(run, tasks_left_at_exit_are_freed, .timeout = 10)
{
    int r = -1;
    RT_RUN(r, leave, 8);
    cr_assert_eq(r, 8);
    cr_assert_str_eq(rt_said(), "done\n");
    RT_RUN(r, leave, 9); /* and the next loop starts clean */
    cr_assert_eq(r, 9);
    rt_check_leaks();
}

/* async int woken_at_exit(int k)
 * {
 *     ac_task *c = ac_spawn(other(1));
 *     ac_spawn(waiter(&c));      // waits for c
 *     await ac_yield();
 *     return k;                  // c completes in the last turn and wakes
 * }                              // the waiter, which never runs
 */
struct woken_at_exit__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int k, ac_t1;
    ac_task *c;
};

static int woken_at_exit__ac_resume(ac_frame *f, ac_task *t)
{
    struct woken_at_exit__ac_frame *fr = (struct woken_at_exit__ac_frame *)f;
    ac_task *task;
    if (f->ac_state == 0) {
        RT_SPAWN(fr->c, int, other, 1);
        RT_SPAWN(task, int, waiter, &fr->c);
        f->ac_state = 1;
        return ac_yield__ac_await(t, &fr->ac_t1);
    }
    *fr->ac_ret = fr->k;
    return ac__return(t, f);
}

static ac_frame *woken_at_exit__ac_init(void *mem, int *ret, int k)
{
    struct woken_at_exit__ac_frame *fr = mem;
    rt_frame(mem, woken_at_exit__ac_resume);
    fr->ac_ret = ret;
    fr->k = k;
    return &fr->ac_hdr;
}

Test(run, done_task_whose_joiner_never_ran_is_freed)
{
    int r = -1;
    RT_RUN(r, woken_at_exit, 4);
    cr_assert_eq(r, 4);
    cr_assert_str_eq(rt_said(), "other 1 start\nother 1 after yield\n");
    rt_check_leaks();
}

/* ------------------------------------------------------------------------
 * Misuse aborts.
 * ------------------------------------------------------------------------ */

/* async int nested(int x) { return ac_run(answer(x)); } */
struct nested__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int x;
};

static int nested__ac_resume(ac_frame *f, ac_task *t)
{
    struct nested__ac_frame *fr = (struct nested__ac_frame *)f;
    RT_RUN(*fr->ac_ret, answer, fr->x);
    return ac__return(t, f);
}

static ac_frame *nested__ac_init(void *mem, int *ret, int x)
{
    struct nested__ac_frame *fr = mem;
    rt_frame(mem, nested__ac_resume);
    fr->ac_ret = ret;
    fr->x = x;
    return &fr->ac_hdr;
}

Test(run, nested_run_aborts, .signal = SIGABRT)
{
    int r = -1;
    RT_RUN(r, nested, 1);
}

Test(run, spawn_without_a_loop_aborts, .signal = SIGABRT)
{
    ac__task_new(sizeof(struct answer__ac_frame), sizeof(int));
}

/* async int deadlock(int x)
 * {
 *     ac_task *h = ac_spawn(hang(0));
 *     ac_task *a = ac_spawn(waiter(&h));
 *     await ac_join(a, NULL);           // a waits for h, h for nothing
 * } */
struct deadlock__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    ac_task *h, *a;
    int ac_t1;
};

static int deadlock__ac_resume(ac_frame *f, ac_task *t)
{
    struct deadlock__ac_frame *fr = (struct deadlock__ac_frame *)f;
    if (f->ac_state == 0) {
        RT_SPAWN(fr->h, int, hang, 0);
        RT_SPAWN(fr->a, int, waiter, &fr->h);
        f->ac_state = 1;
        return ac_join__ac_await(t, &fr->ac_t1, fr->a, NULL);
    }
    return ac__return(t, f);
}

static ac_frame *deadlock__ac_init(void *mem, int *ret, int x)
{
    struct deadlock__ac_frame *fr = mem;
    rt_frame(mem, deadlock__ac_resume);
    fr->ac_ret = ret;
    (void)x;
    return &fr->ac_hdr;
}

Test(run, deadlock_aborts, .signal = SIGABRT, .timeout = 10)
{
    int r = -1;
    RT_RUN(r, deadlock, 0);
}
