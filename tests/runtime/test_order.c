/*
 * test_order.c - the order in which ready tasks run (SPEC §3): a spawned
 * task starts at the next turn, ready tasks run FIFO, ac_yield() goes to
 * the back of the queue, ac_sleep(0) is ac_yield().
 */
#include "rt_test.h"

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

/* async int spawner(int n)
 * {
 *     static const char *names[] = {"a", "b", "c", "d"};
 *     for (int i = 0; i < n; i++)
 *         ac_spawn(hello(names[i]));
 *     say("main");
 *     await ac_yield();
 *     say("main again");
 *     return n;
 * } */
struct spawner__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n;
    int ac_t1;
};

static int spawner__ac_resume(ac_frame *f, ac_task *t)
{
    static const char *names[] = {"a", "b", "c", "d"};
    struct spawner__ac_frame *fr = (struct spawner__ac_frame *)f;
    ac_task *task;
    int i;
    switch (f->ac_state) {
    case 0:
        for (i = 0; i < fr->n; i++)
            RT_SPAWN(task, int, hello, names[i]);
        rt_say("main");
        f->ac_state = 1;
        return ac_yield__ac_await(t, &fr->ac_t1);
    case 1:
        rt_say("main again");
        if (fr->ac_ret)
            *fr->ac_ret = fr->n;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *spawner__ac_init(void *mem, int *ret, int n)
{
    struct spawner__ac_frame *fr = mem;
    rt_frame(mem, spawner__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    return &fr->ac_hdr;
}

/*
 * import asyncio
 * async def hello(name):
 *     print(name)
 * async def main(n):
 *     for name in ("a", "b", "c", "d")[:n]:
 *         asyncio.create_task(hello(name))
 *     print("main")
 *     await asyncio.sleep(0)
 *     print("main again")
 * asyncio.run(main(4))
 */
Test(order, spawned_tasks_run_fifo_from_the_next_turn)
{
    int r = -1;
    RT_RUN(r, spawner, 4);
    cr_assert_eq(r, 4);
    cr_assert_str_eq(rt_said(), "main\na\nb\nc\nd\nmain again\n");
    rt_check_leaks();
}

/* async int worker(const char *name, int n, int use_sleep0)
 * {
 *     for (int i = 0; i < n; i++) {
 *         say("%s %d", name, i);
 *         await (use_sleep0 ? ac_sleep(0) : ac_yield());
 *     }
 *     return n;
 * } */
struct worker__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    const char *name;
    int n, use_sleep0, i;
    int ac_t1;
};

static int worker__ac_resume(ac_frame *f, ac_task *t)
{
    struct worker__ac_frame *fr = (struct worker__ac_frame *)f;
    switch (f->ac_state) {
    case 0:
        for (fr->i = 0; fr->i < fr->n; fr->i++) {
            rt_say("%s %d", fr->name, fr->i);
            f->ac_state = 1;
            if (fr->use_sleep0)
                return ac_sleep__ac_await(t, &fr->ac_t1, 0);
            return ac_yield__ac_await(t, &fr->ac_t1);
        case 1:
            cr_assert_eq(fr->ac_t1, 0);
        }
        if (fr->ac_ret)
            *fr->ac_ret = fr->n;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *worker__ac_init(void *mem, int *ret, const char *name,
                                 int n, int use_sleep0)
{
    struct worker__ac_frame *fr = mem;
    rt_frame(mem, worker__ac_resume);
    fr->ac_ret = ret;
    fr->name = name;
    fr->n = n;
    fr->use_sleep0 = use_sleep0;
    return &fr->ac_hdr;
}

/* async int interleave(int use_sleep0)
 * {
 *     int ra, rb;
 *     ac_task *a = ac_spawn(worker("a", 3, use_sleep0));
 *     ac_task *b = ac_spawn(worker("b", 2, use_sleep0));
 *     say("main 0");
 *     await ac_yield();
 *     say("main 1");
 *     await ac_sleep(0);
 *     say("main 2");
 *     await ac_join(a, &ra);
 *     await ac_join(b, &rb);
 *     say("main %d %d", ra, rb);
 *     return ra + rb;
 * } */
struct interleave__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int use_sleep0;
    int ra, rb;
    ac_task *a, *b;
    int ac_t1;
};

static int interleave__ac_resume(ac_frame *f, ac_task *t)
{
    struct interleave__ac_frame *fr = (struct interleave__ac_frame *)f;
    switch (f->ac_state) {
    case 0:
        RT_SPAWN(fr->a, int, worker, "a", 3, fr->use_sleep0);
        RT_SPAWN(fr->b, int, worker, "b", 2, fr->use_sleep0);
        rt_say("main 0");
        f->ac_state = 1;
        return ac_yield__ac_await(t, &fr->ac_t1);
    case 1:
        rt_say("main 1");
        f->ac_state = 2;
        return ac_sleep__ac_await(t, &fr->ac_t1, 0);
    case 2:
        rt_say("main 2");
        f->ac_state = 3;
        return ac_join__ac_await(t, &fr->ac_t1, fr->a, &fr->ra);
    case 3:
        cr_assert_eq(fr->ac_t1, 0);
        f->ac_state = 4;
        return ac_join__ac_await(t, &fr->ac_t1, fr->b, &fr->rb);
    case 4:
        cr_assert_eq(fr->ac_t1, 0);
        rt_say("main %d %d", fr->ra, fr->rb);
        if (fr->ac_ret)
            *fr->ac_ret = fr->ra + fr->rb;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *interleave__ac_init(void *mem, int *ret, int use_sleep0)
{
    struct interleave__ac_frame *fr = mem;
    rt_frame(mem, interleave__ac_resume);
    fr->ac_ret = ret;
    fr->use_sleep0 = use_sleep0;
    return &fr->ac_hdr;
}

/*
 * import asyncio
 * async def worker(name, n):
 *     for i in range(n):
 *         print(name, i)
 *         await asyncio.sleep(0)
 *     return n
 * async def main():
 *     a = asyncio.create_task(worker("a", 3))
 *     b = asyncio.create_task(worker("b", 2))
 *     print("main 0")
 *     await asyncio.sleep(0)
 *     print("main 1")
 *     await asyncio.sleep(0)
 *     print("main 2")
 *     ra = await a
 *     rb = await b
 *     print("main", ra, rb)
 * asyncio.run(main())
 */
static const char interleaved[] = "main 0\n"
                                  "a 0\n"
                                  "b 0\n"
                                  "main 1\n"
                                  "a 1\n"
                                  "b 1\n"
                                  "main 2\n"
                                  "a 2\n"
                                  "main 3 2\n";

Test(order, yield_interleaves_like_asyncio)
{
    int r = -1;
    RT_RUN(r, interleave, 0);
    cr_assert_eq(r, 5);
    cr_assert_str_eq(rt_said(), interleaved);
    rt_check_leaks();
}

Test(order, sleep0_is_yield)
{
    int r = -1;
    RT_RUN(r, interleave, 1);
    cr_assert_eq(r, 5);
    cr_assert_str_eq(rt_said(), interleaved);
    rt_check_leaks();
}

/* ac_spawn(ac_yield()) and ac_spawn(ac_sleep(0)): the awaitables' own
 * frames, as a task's root frame. */
struct yields__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n;
    ac_task *a, *b;
    int ra, rb, ac_t1;
};

static int yields__ac_resume(ac_frame *f, ac_task *t)
{
    struct yields__ac_frame *fr = (struct yields__ac_frame *)f;
    switch (f->ac_state) {
    case 0:
        fr->ra = fr->rb = -1;
        fr->a = ac__task_new(ac_yield__ac_size, sizeof(int));
        ac_yield__ac_init(ac__task_frame(fr->a), ac__task_result(fr->a));
        ac__task_start(fr->a);
        fr->b = ac__task_new(ac_sleep__ac_size, sizeof(int));
        ac_sleep__ac_init(ac__task_frame(fr->b), ac__task_result(fr->b), 0);
        ac__task_start(fr->b);
        f->ac_state = 1;
        return ac_join__ac_await(t, &fr->ac_t1, fr->a, &fr->ra);
    case 1:
        f->ac_state = 2;
        return ac_join__ac_await(t, &fr->ac_t1, fr->b, &fr->rb);
    case 2:
        *fr->ac_ret = fr->ra + fr->rb + fr->n;
        return ac__return(t, f);
    }
    return AC__SUSPEND;
}

static ac_frame *yields__ac_init(void *mem, int *ret, int n)
{
    struct yields__ac_frame *fr = mem;
    rt_frame(mem, yields__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    return &fr->ac_hdr;
}

Test(order, spawned_yield_and_sleep0_frames)
{
    int r = -1;
    RT_RUN(r, yields, 7);
    cr_assert_eq(r, 7);
    rt_check_leaks();
}
