/*
 * loop.c - the event loop: ac_run()'s two halves and the turn.
 *
 * A turn is asyncio's _run_once: it runs the tasks that are ready at that
 * point, in FIFO order (tasks made ready meanwhile wait for the next
 * turn), and looks for timers and I/O, blocking only when no task is
 * ready (run_once() says when).
 */
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

/* While tasks are ready, libuv is still polled (without blocking) every
 * POLL_EVERY turns, so that I/O is not starved by tasks that keep
 * yielding (timers are looked at every turn). A power of two. */
#define POLL_EVERY 64

_Thread_local ac__loop *ac__loop_running;

void ac__die(const char *msg)
{
    fprintf(stderr, "asyncc: %s\n", msg);
    fflush(stderr);
    abort();
}

/* Dies with libuv's message for `err` if it is an error. */
static void check_uv(int err, const char *what)
{
    char msg[160];
    if (err == 0)
        return;
    snprintf(msg, sizeof msg, "%s: %s", what, uv_strerror(err));
    ac__die(msg);
}

static ac__loop *loop_new(void)
{
    ac__loop *loop = ac__xmalloc(sizeof *loop);
    check_uv(uv_loop_init(&loop->uv), "uv_loop_init");
    check_uv(ac__timer_init(loop), "uv_timer_init");
    loop->ready_tailp = &loop->ready_head;
    ac__list_init(&loop->parked);
    ac__pool_init(&loop->pool);
    loop->turn = 0;
    loop->polling = 0;
    return loop;
}

static void close_handle(uv_handle_t *handle, void *arg)
{
    (void)arg;
    if (!uv_is_closing(handle))
        uv_close(handle, NULL);
}

/* Every task left: ready, sleeping, parked or done, and through them those
 * waiting in a join. */
static void destroy_tasks(ac__loop *loop)
{
    struct ac__link *l;
    while (!ac__ready_empty(loop))
        ac__task_destroy(loop, ac__ready_pop(loop));
    ac__timer_close(loop);
    while ((l = loop->parked.next) != &loop->parked) {
        ac__list_remove(l);
        ac__task_destroy(loop, AC__TASK_OF_LINK(l));
    }
}

/* Handles are closed first, while the frames that may hold them are
 * alive; then the tasks are freed, and the frame memory last. */
static void loop_free(ac__loop *loop)
{
    uv_walk(&loop->uv, close_handle, NULL);
    uv_run(&loop->uv, UV_RUN_DEFAULT);
    destroy_tasks(loop);
    check_uv(uv_loop_close(&loop->uv), "uv_loop_close");
    ac__pool_close(&loop->pool);
    free(loop);
}

/* Timers and I/O: libuv runs the callbacks of what is due (waiting for it
 * if `mode` is UV_RUN_ONCE); they queue the tasks they wake. Gives whether
 * libuv still has anything that could wake a task. */
static int poll_io(ac__loop *loop, uv_run_mode mode)
{
    int alive;
    ac__timer_arm(loop);
    loop->polling = 1;
    alive = uv_run(&loop->uv, mode);
    loop->polling = 0;
    return alive;
}

/* Nothing is ready: waits until a timer or I/O wakes a task. */
static void wait_io(ac__loop *loop)
{
    if (!poll_io(loop, UV_RUN_ONCE) && ac__ready_empty(loop))
        ac__die("deadlock: every task waits and nothing can wake one");
}

/* Runs the tasks ready now, in order, as a batch taken off the queue at
 * once; those they make ready are queued for the next turn. A task's link
 * is read before its step, which may queue it again (the last task's link
 * is read too, and unused: it costs less than a test). Only done tasks are
 * freed, so the batch's tasks stay valid. Inline: this loop is the yield
 * round trip. */
static inline void run_ready(ac__loop *loop)
{
    ac_task *t, *last, *next;
    if (ac__ready_empty(loop))
        return;
    t = loop->ready_head;
    last = ac__ready_last(loop);
    loop->ready_tailp = &loop->ready_head;
    for (;;) {
        next = t->u.next;
        ac__task_step(loop, t);
        if (t == last)
            break;
        t = next;
    }
}

/* One turn of the loop. With nothing ready, it blocks until a timer or
 * I/O wakes a task. Else it runs the ready batch, and then polls without
 * blocking if a sleeper's deadline had passed when the turn began (or
 * every POLL_EVERY turns, for I/O): a sleeper so woken runs in the next
 * turn, behind the tasks the batch queued, where asyncio's wakeup of a
 * sleeping task runs (its expired timer's callback runs in the next
 * _run_once and queues the task's step for the one after). */
static void run_once(ac__loop *loop)
{
    int due;
    if (ac__ready_empty(loop)) {
        wait_io(loop);
        run_ready(loop);
        return;
    }
    due = loop->heap.len > 0 && ac__timer_due(loop);
    run_ready(loop);
    if (due || (++loop->turn % POLL_EVERY == 0 &&
                (loop->heap.len > 0 || uv_loop_alive(&loop->uv))))
        poll_io(loop, UV_RUN_NOWAIT);
}

ac_task *ac__run_begin(size_t frame_size)
{
    if (ac__loop_running != NULL)
        ac__die("ac_run() called while a loop is running");
    ac__loop_running = loop_new();
    return ac__task_new(frame_size, 0);
}

/* When the root completes, asyncio's run_until_complete() still finishes
 * that turn and runs one more (the root's done callback, which stops the
 * loop, queues behind the tasks already ready); so does this. */
void ac__run_end(ac_task *root)
{
    ac__loop *loop = ac__loop_current();
    ac__task_start(root);
    while (root->state != AC__TASK_DONE)
        run_once(loop);
    poll_io(loop, UV_RUN_NOWAIT);
    run_ready(loop);
    loop_free(loop);
    ac__loop_running = NULL;
}
