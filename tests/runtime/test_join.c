/*
 * test_join.c - ac_join() and ac_gather(): results copied out, a done task
 * taken without suspending, one joiner per task, gather's order.
 */
#include "rt_test.h"

/* ------------------------------------------------------------------------
 * Children: a task that says hello, optionally sleeps, and returns a value
 * of some type T (generated once per type by CHILD(T)).
 * ------------------------------------------------------------------------ */

/* async T child_T(T value, uint64_t ms)
 * {
 *     say("child");
 *     if (ms) await ac_sleep(ms);
 *     return value;
 * } */
#define CHILD(T)                                                           \
    struct child_##T##__ac_frame {                                         \
        ac_frame ac_hdr;                                                   \
        T *ac_ret;                                                         \
        T value;                                                           \
        uint64_t ms;                                                       \
        int ac_t1;                                                         \
    };                                                                     \
    static int child_##T##__ac_resume(ac_frame *f, ac_task *t)             \
    {                                                                      \
        struct child_##T##__ac_frame *fr =                                 \
            (struct child_##T##__ac_frame *)f;                             \
        if (f->ac_state == 0) {                                               \
            rt_say("child");                                               \
            f->ac_state = 1;                                                  \
            if (fr->ms)                                                    \
                return ac_sleep__ac_await(t, &fr->ac_t1, fr->ms);          \
        }                                                                  \
        if (fr->ac_ret)                                                    \
            *fr->ac_ret = fr->value;                                       \
        return ac__return(t, f);                                           \
    }                                                                      \
    static ac_frame *child_##T##__ac_init(void *mem, T *ret, T value,      \
                                          uint64_t ms)                     \
    {                                                                      \
        struct child_##T##__ac_frame *fr = mem;                            \
        rt_frame(mem, child_##T##__ac_resume);                             \
        fr->ac_ret = ret;                                                  \
        fr->value = value;                                                 \
        fr->ms = ms;                                                       \
        return &fr->ac_hdr;                                                \
    }

struct big {
    long a[40];
    char tag[5];
};
struct odd {
    short s;
    char c;
};
struct wide {
    long double x;
    char c;
};
typedef char byte;
typedef struct big big;
typedef struct odd odd;
typedef struct wide wide;

CHILD(int)
CHILD(byte)
CHILD(double)
CHILD(big)
CHILD(odd)
CHILD(wide)

/* ------------------------------------------------------------------------
 * Results of every size, copied out after waiting.
 * ------------------------------------------------------------------------ */

struct results__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    uint64_t ms;
    ac_task *ti, *tb, *td, *tg, *to, *tw;
    int ri;
    byte rb;
    double rd;
    struct big rg;
    struct odd ro;
    struct wide rw;
    int err[6];
};

static int results__ac_resume(ac_frame *f, ac_task *t)
{
    struct results__ac_frame *fr = (struct results__ac_frame *)f;
    struct big big = {{1, 2, 3}, "big"};
    struct odd odd = {-7, 'o'};
    struct wide wide = {1.5L, 'w'};
    switch (f->ac_state) {
    case 0:
        RT_SPAWN(fr->ti, int, child_int, 42, fr->ms);
        RT_SPAWN(fr->tb, byte, child_byte, 'z', fr->ms);
        RT_SPAWN(fr->td, double, child_double, 2.25, fr->ms);
        RT_SPAWN(fr->tg, struct big, child_big, big, fr->ms);
        RT_SPAWN(fr->to, struct odd, child_odd, odd, fr->ms);
        RT_SPAWN(fr->tw, struct wide, child_wide, wide, fr->ms);
        cr_assert_eq((uintptr_t)ac__task_result(fr->tw) % _Alignof(struct wide),
                     0);
        cr_assert_eq((uintptr_t)ac__task_result(fr->td) % _Alignof(double), 0);
        f->ac_state = 1;
        return ac_join__ac_await(t, &fr->err[0], fr->ti, &fr->ri);
    case 1:
        f->ac_state = 2;
        return ac_join__ac_await(t, &fr->err[1], fr->tb, &fr->rb);
    case 2:
        f->ac_state = 3;
        return ac_join__ac_await(t, &fr->err[2], fr->td, &fr->rd);
    case 3:
        f->ac_state = 4;
        return ac_join__ac_await(t, &fr->err[3], fr->tg, &fr->rg);
    case 4:
        f->ac_state = 5;
        return ac_join__ac_await(t, &fr->err[4], fr->to, &fr->ro);
    case 5:
        f->ac_state = 6;
        return ac_join__ac_await(t, &fr->err[5], fr->tw, &fr->rw);
    case 6:
        for (int i = 0; i < 6; i++)
            cr_assert_eq(fr->err[i], 0);
        cr_assert_eq(fr->ri, 42);
        cr_assert_eq(fr->rb, 'z');
        cr_assert_eq(fr->rd, 2.25);
        cr_assert_eq(fr->rg.a[2], 3);
        cr_assert_str_eq(fr->rg.tag, "big");
        cr_assert_eq(fr->ro.s, -7);
        cr_assert_eq(fr->ro.c, 'o');
        cr_assert(fr->rw.x == 1.5L && fr->rw.c == 'w');
        *fr->ac_ret = fr->ri;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *results__ac_init(void *mem, int *ret, uint64_t ms)
{
    struct results__ac_frame *fr = mem;
    rt_frame(mem, results__ac_resume);
    fr->ac_ret = ret;
    fr->ms = ms;
    return &fr->ac_hdr;
}

Test(join, results_copied_after_waiting)
{
    int r = -1;
    RT_RUN(r, results, 2);
    cr_assert_eq(r, 42);
    rt_check_leaks();
}

Test(join, results_copied_from_tasks_done_meanwhile)
{
    int r = -1;
    RT_RUN(r, results, 0);
    cr_assert_eq(r, 42);
    rt_check_leaks();
}

/* ------------------------------------------------------------------------
 * A task already done is joined without suspending.
 * ------------------------------------------------------------------------ */

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
    if (fr->ac_ret)
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

/* async int done_join(int x)
 * {
 *     ac_task *c = ac_spawn(child_int(x, 0)), *o;
 *     await ac_yield();
 *     o = ac_spawn(hello("other"));
 *     await ac_join(c, &r);
 *     say("joined %d", r);
 *     await ac_yield();
 *     say("main end");
 *     return r;
 * } */
struct done_join__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int x, r, ac_t1;
    ac_task *c, *o;
};

static int done_join__ac_resume(ac_frame *f, ac_task *t)
{
    struct done_join__ac_frame *fr = (struct done_join__ac_frame *)f;
    int rc;
    switch (f->ac_state) {
    case 0:
        RT_SPAWN(fr->c, int, child_int, fr->x, 0);
        f->ac_state = 1;
        return ac_yield__ac_await(t, &fr->ac_t1);
    case 1:
        RT_SPAWN(fr->o, int, hello, "other");
        f->ac_state = 2;
        rc = ac_join__ac_await(t, &fr->ac_t1, fr->c, &fr->r);
        /* Done already: no suspension, the caller is still on top. */
        cr_assert_eq(rc, AC__CONTINUE);
        cr_assert_eq(((struct ac__task_head *)(void *)t)->top, f);
        return rc;
    case 2:
        cr_assert_eq(fr->ac_t1, 0);
        rt_say("joined %d", fr->r);
        f->ac_state = 3;
        return ac_yield__ac_await(t, &fr->ac_t1);
    case 3:
        rt_say("main end");
        *fr->ac_ret = fr->r;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *done_join__ac_init(void *mem, int *ret, int x)
{
    struct done_join__ac_frame *fr = mem;
    rt_frame(mem, done_join__ac_resume);
    fr->ac_ret = ret;
    fr->x = x;
    return &fr->ac_hdr;
}

/*
 * import asyncio
 * async def child(x):
 *     print("child")
 *     return x
 * async def other():
 *     print("other")
 * async def main():
 *     t = asyncio.create_task(child(7))
 *     await asyncio.sleep(0)
 *     asyncio.create_task(other())
 *     r = await t
 *     print("joined", r)
 *     await asyncio.sleep(0)
 *     print("main end")
 * asyncio.run(main())
 */
Test(join, done_task_joined_without_suspending)
{
    int r = -1;
    RT_RUN(r, done_join, 7);
    cr_assert_eq(r, 7);
    cr_assert_str_eq(rt_said(), "child\njoined 7\nother\nmain end\n");
    rt_check_leaks();
}

/* ------------------------------------------------------------------------
 * One joiner per task; joining oneself or NULL.
 * ------------------------------------------------------------------------ */

/* async int waiter(ac_task **target)
 * {
 *     int r, err = await ac_join(*target, &r);
 *     say("waiter %d %d", err, r);
 *     return r;
 * } */
struct waiter__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    ac_task **target;
    int r, ac_t1;
};

static int waiter__ac_resume(ac_frame *f, ac_task *t)
{
    struct waiter__ac_frame *fr = (struct waiter__ac_frame *)f;
    if (f->ac_state == 0) {
        f->ac_state = 1;
        fr->r = -1;
        return ac_join__ac_await(t, &fr->ac_t1, *fr->target, &fr->r);
    }
    rt_say("waiter %d %d", fr->ac_t1, fr->r);
    *fr->ac_ret = fr->r;
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

/* async int busy(int x)
 * {
 *     ac_task *c = ac_spawn(child_int(x, 10));
 *     ac_task *w = ac_spawn(waiter(&c));
 *     ac_task *self = ac_spawn(waiter(&self));
 *     await ac_yield();                  // w waits for c
 *     say("busy %d", await ac_join(c, NULL));
 *     say("null %d", await ac_join(NULL, NULL));
 *     await ac_join(w, &r);
 *     await ac_join(self, NULL);
 *     return r;
 * } */
struct busy__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int x, r, ac_t1;
    ac_task *c, *w, *self;
};

static int busy__ac_resume(ac_frame *f, ac_task *t)
{
    struct busy__ac_frame *fr = (struct busy__ac_frame *)f;
    switch (f->ac_state) {
    case 0:
        RT_SPAWN(fr->c, int, child_int, fr->x, 10);
        RT_SPAWN(fr->w, int, waiter, &fr->c);
        RT_SPAWN(fr->self, int, waiter, &fr->self);
        f->ac_state = 1;
        return ac_yield__ac_await(t, &fr->ac_t1);
    case 1:
        f->ac_state = 2;
        return ac_join__ac_await(t, &fr->ac_t1, fr->c, NULL);
    case 2:
        rt_say("busy %d", fr->ac_t1);
        f->ac_state = 3;
        return ac_join__ac_await(t, &fr->ac_t1, NULL, NULL);
    case 3:
        rt_say("null %d", fr->ac_t1);
        f->ac_state = 4;
        return ac_join__ac_await(t, &fr->ac_t1, fr->w, &fr->r);
    case 4:
        f->ac_state = 5;
        return ac_join__ac_await(t, &fr->ac_t1, fr->self, NULL);
    case 5:
        *fr->ac_ret = fr->r;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *busy__ac_init(void *mem, int *ret, int x)
{
    struct busy__ac_frame *fr = mem;
    rt_frame(mem, busy__ac_resume);
    fr->ac_ret = ret;
    fr->x = x;
    return &fr->ac_hdr;
}

Test(join, second_joiner_gets_ebusy)
{
    char want[128];
    int r = -1;
    RT_RUN(r, busy, 5);
    cr_assert_eq(r, 5);
    snprintf(want, sizeof want, "child\nwaiter %d -1\nbusy %d\nnull %d\n"
             "waiter 0 5\n", -EDEADLK, -EBUSY, -EINVAL);
    cr_assert_str_eq(rt_said(), want);
    rt_check_leaks();
}

/* ------------------------------------------------------------------------
 * ac_gather.
 * ------------------------------------------------------------------------ */

/* async int gchild(int n, uint64_t ms)
 * {
 *     say("child %d", n);
 *     await ac_sleep(ms);
 *     say("child %d done", n);
 *     return n;
 * } */
struct gchild__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n;
    uint64_t ms;
    int ac_t1;
};

static int gchild__ac_resume(ac_frame *f, ac_task *t)
{
    struct gchild__ac_frame *fr = (struct gchild__ac_frame *)f;
    if (f->ac_state == 0) {
        rt_say("child %d", fr->n);
        f->ac_state = 1;
        return ac_sleep__ac_await(t, &fr->ac_t1, fr->ms);
    }
    rt_say("child %d done", fr->n);
    if (fr->ac_ret)
        *fr->ac_ret = fr->n;
    return ac__return(t, f);
}

static ac_frame *gchild__ac_init(void *mem, int *ret, int n, uint64_t ms)
{
    struct gchild__ac_frame *fr = mem;
    rt_frame(mem, gchild__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    fr->ms = ms;
    return &fr->ac_hdr;
}

/* async int gatherer(int k)
 * {
 *     ac_spawn(hello("x"));
 *     say("main");
 *     int r = await ac_gather(gchild(1, 30), gchild(2, 10), gchild(3, 20));
 *     say("main done %d", r);
 *     return k;
 * } */
struct gatherer__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int k, ac_t1;
};

static int gatherer__ac_resume(ac_frame *f, ac_task *t)
{
    static const uint64_t ms[] = {30, 10, 20};
    struct gatherer__ac_frame *fr = (struct gatherer__ac_frame *)f;
    ac_frame *g;
    ac_task *task;
    int i;
    switch (f->ac_state) {
    case 0:
        RT_SPAWN(task, int, hello, "x");
        rt_say("main");
        fr->ac_t1 = -1;
        g = ac__gather_new(&fr->ac_t1, 3);
        for (i = 0; i < 3; i++) {
            RT_SPAWN(task, int, gchild, i + 1, ms[i]);
            ac__gather_add(g, task);
        }
        f->ac_state = 1;
        return ac__call(t, g);
    case 1:
        rt_say("main done %d", fr->ac_t1);
        *fr->ac_ret = fr->k;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *gatherer__ac_init(void *mem, int *ret, int k)
{
    struct gatherer__ac_frame *fr = mem;
    rt_frame(mem, gatherer__ac_resume);
    fr->ac_ret = ret;
    fr->k = k;
    return &fr->ac_hdr;
}

/*
 * import asyncio
 * async def hello(name):
 *     print(name)
 * async def child(n, ms):
 *     print("child", n)
 *     await asyncio.sleep(ms / 1000)
 *     print("child", n, "done")
 *     return n
 * async def main():
 *     asyncio.create_task(hello("x"))
 *     print("main")
 *     await asyncio.gather(child(1, 30), child(2, 10), child(3, 20))
 *     print("main done")
 * asyncio.run(main())
 */
Test(gather, starts_in_order_and_completes_after_all)
{
    int r = -1;
    RT_RUN(r, gatherer, 9);
    cr_assert_eq(r, 9);
    cr_assert_str_eq(rt_said(), "main\nx\nchild 1\nchild 2\nchild 3\n"
                                "child 2 done\nchild 3 done\nchild 1 done\n"
                                "main done 0\n");
    rt_check_leaks();
}

/* async int gather_frames(int n)
 * {
 *     ac_task *c = ac_spawn(child_int(n, 5));
 *     int r, rs, ry, rj;
 *     await ac_gather();
 *     await ac_gather(ac_sleep(3), ac_yield(), ac_join(c, &r));
 *     return r;
 * } */
struct gather_frames__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n, r, rg, rs, ry, rj;
    ac_task *c;
};

/* task = ac_spawn(CALL) for a runtime awaitable; CALL's init given the
 * task's result. */
#define SPAWN_AWAITABLE(task, size, init_call)                             \
    do {                                                                   \
        (task) = ac__task_new(size, sizeof(int));                          \
        init_call;                                                         \
        ac__task_start(task);                                              \
    } while (0)

static int gather_frames__ac_resume(ac_frame *f, ac_task *t)
{
    struct gather_frames__ac_frame *fr = (struct gather_frames__ac_frame *)f;
    ac_frame *g;
    ac_task *s;
    switch (f->ac_state) {
    case 0:
        RT_SPAWN(fr->c, int, child_int, fr->n, 5);
        fr->rg = -1;
        f->ac_state = 1;
        return ac__call(t, ac__gather_new(&fr->rg, 0));
    case 1:
        cr_assert_eq(fr->rg, 0);
        fr->rg = fr->rs = fr->ry = fr->rj = -1;
        g = ac__gather_new(&fr->rg, 3);
        SPAWN_AWAITABLE(s, ac_sleep__ac_size,
                        ac_sleep__ac_init(ac__task_frame(s), &fr->rs, 3));
        ac__gather_add(g, s);
        SPAWN_AWAITABLE(s, ac_yield__ac_size,
                        ac_yield__ac_init(ac__task_frame(s), &fr->ry));
        ac__gather_add(g, s);
        SPAWN_AWAITABLE(s, ac_join__ac_size,
                        ac_join__ac_init(ac__task_frame(s), &fr->rj, fr->c,
                                         &fr->r));
        ac__gather_add(g, s);
        f->ac_state = 2;
        return ac__call(t, g);
    case 2:
        cr_assert_eq(fr->rg, 0);
        cr_assert_eq(fr->rs, 0);
        cr_assert_eq(fr->ry, 0);
        cr_assert_eq(fr->rj, 0);
        *fr->ac_ret = fr->r;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *gather_frames__ac_init(void *mem, int *ret, int n)
{
    struct gather_frames__ac_frame *fr = mem;
    rt_frame(mem, gather_frames__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    return &fr->ac_hdr;
}

Test(gather, of_runtime_awaitables_and_of_nothing)
{
    int r = -1;
    RT_RUN(r, gather_frames, 11);
    cr_assert_eq(r, 11);
    rt_check_leaks();
}
