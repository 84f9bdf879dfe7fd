/*
 * join.c - waiting for tasks: the awaitable ac_join and the frame behind
 * `await ac_gather(...)`.
 *
 * A task has at most one joiner. `await ac_join(task, &r)` on a task not
 * done yet needs no frame: the joiner keeps where the result goes in its
 * own queue link (unused while it waits), and the task, as it completes,
 * copies its result there, frees itself and queues the joiner, so the
 * awaiting function resumes with the result in place. A join from a frame
 * (spawned or gathered ac_join, ac_gather) is woken instead, and its frame
 * takes the result.
 */
#include <string.h>

#include "internal.h"

/* ------------------------------------------------------------------------
 * ac_join.
 * ------------------------------------------------------------------------ */

/* The frame of a join that waits (or of a spawned or gathered ac_join). */
struct join_frame {
    ac_frame hdr; /* state 0: start; 1: waiting for `task` */
    int *ret;
    ac_task *task;
    void *result;
};

const size_t ac_join__ac_size = sizeof(struct join_frame);

/* The error `t` gets for joining `task`, or 0. */
static int join_error(const ac_task *t, const ac_task *task)
{
    if (task == NULL)
        return -EINVAL;
    if (task == t)
        return -EDEADLK;
    if (task->joiner != NULL)
        return -EBUSY;
    return 0;
}

/* `t` waits until `task` completes and wakes it. */
static int wait_for(ac_task *t, ac_task *task)
{
    task->joiner = t;
    t->state = AC__TASK_JOINING;
    return AC__SUSPEND;
}

/* memcpy(dst, src, n): the common sizes as moves, not a call. */
static void copy_result(void *dst, const void *src, size_t n)
{
    if (n == sizeof(int))
        memcpy(dst, src, sizeof(int));
    else if (n == sizeof(void *))
        memcpy(dst, src, sizeof(void *));
    else
        memcpy(dst, src, n);
}

/* Copies the result of done `task` to `result` (if not NULL), frees it. */
static void take_result(ac__loop *loop, ac_task *task, void *result)
{
    if (result != NULL)
        copy_result(result, ac__task_result_of(task), task->result_size);
    ac__task_release(loop, task);
}

/* ac__return() of a join frame, with its pool block freed inline. */
static int join_return(ac_task *t, struct join_frame *fr, int err)
{
    struct ac__task_head *h = (struct ac__task_head *)(void *)t;
    if (fr->ret != NULL)
        *fr->ret = err;
    h->top = fr->hdr.ac_parent;
    if (fr->hdr.ac_alloc != 0)
        ac__pool_free(&ac__loop_running->pool, fr, fr->hdr.ac_alloc);
    return AC__CONTINUE;
}

static int join_resume(ac_frame *f, ac_task *t)
{
    struct join_frame *fr = (struct join_frame *)f;
    int err;
    if (f->ac_state == 0) {
        err = join_error(t, fr->task);
        if (err != 0)
            return join_return(t, fr, err);
        if (fr->task->state != AC__TASK_DONE) {
            f->ac_state = 1;
            return wait_for(t, fr->task);
        }
    }
    take_result(ac__loop_running, fr->task, fr->result);
    return join_return(t, fr, 0);
}

ac_frame *ac_join__ac_init(void *mem, int *ret, ac_task *task, void *result)
{
    struct join_frame *fr = mem;
    fr->hdr.ac_resume = join_resume;
    fr->hdr.ac_parent = NULL;
    fr->hdr.ac_state = 0;
    fr->hdr.ac_alloc = 0;
    fr->ret = ret;
    fr->task = task;
    fr->result = result;
    return &fr->hdr;
}

void ac__join_hand_over(ac__loop *loop, ac_task *task, ac_task *joiner)
{
    void *result = joiner->u.take.result;
    int *ret = joiner->u.take.ret;
    if (result != NULL)
        copy_result(result, ac__task_result_of(task), task->result_size);
    ac__pool_free(&loop->pool, task,
                  ac__task_block_size(task->frame_end, task->result_size));
    if (ret != NULL)
        *ret = 0;
    ac__ready_push(loop, joiner);
}

/* A task already done is taken at once; otherwise `t` waits for the task
 * to hand its result over. */
int ac_join__ac_await(ac_task *t, int *ret, ac_task *task, void *result)
{
    int err = join_error(t, task);
    if (err == 0 && task->state != AC__TASK_DONE) {
        t->u.take.result = result;
        t->u.take.ret = ret;
        wait_for(t, task);
        t->state = AC__TASK_TAKING;
        return AC__SUSPEND;
    }
    if (err == 0)
        take_result(ac__loop_running, task, result);
    if (ret != NULL)
        *ret = err;
    return AC__CONTINUE;
}

/* ------------------------------------------------------------------------
 * ac_gather.
 * ------------------------------------------------------------------------ */

/* Joins its tasks in order; hdr.ac_state is the index of the next one. */
struct gather_frame {
    ac_frame hdr;
    int *ret;
    uint32_t n; /* tasks added */
    ac_task *tasks[];
};

static int gather_resume(ac_frame *f, ac_task *t)
{
    struct gather_frame *fr = (struct gather_frame *)f;
    ac_task *task;
    for (; f->ac_state < fr->n; f->ac_state++) {
        task = fr->tasks[f->ac_state];
        if (task->state != AC__TASK_DONE)
            return wait_for(t, task);
        take_result(ac__loop_running, task, NULL);
    }
    if (fr->ret != NULL)
        *fr->ret = 0;
    return ac__return(t, f);
}

ac_frame *ac__gather_new(int *ret, size_t n)
{
    struct gather_frame *fr;
    size_t size;
    if (n > (UINT32_MAX - sizeof *fr) / sizeof fr->tasks[0])
        ac__die("out of memory (gather too large)");
    size = sizeof *fr + n * sizeof fr->tasks[0];
    fr = ac__frame_alloc(size);
    fr->hdr.ac_resume = gather_resume;
    fr->hdr.ac_parent = NULL;
    fr->hdr.ac_state = 0;
    fr->hdr.ac_alloc = (uint32_t)size;
    fr->ret = ret;
    fr->n = 0;
    return &fr->hdr;
}

void ac__gather_add(ac_frame *gather, ac_task *task)
{
    struct gather_frame *fr = (struct gather_frame *)gather;
    fr->tasks[fr->n++] = task;
}
