/*
 * task.c - tasks: one block each (task, root frame, result), started on
 * the ready queue, stepped by the trampoline, parked while they wait,
 * completed, released by whoever joins them.
 */
#include "internal.h"

_Static_assert(offsetof(struct ac_task, top) == 0,
               "a task must start with struct ac__task_head");
_Static_assert(AC__TASK_FRAME_OFF % AC__ALIGN == 0,
               "root frames must be aligned to max_align_t");

/* The alignment a result of `size` bytes may need. A type's size is a
 * multiple of its alignment, a power of two, so the lowest set bit of the
 * size bounds it. */
static size_t result_align(size_t size)
{
    size_t low = size & (~size + 1);
    return low == 0 || low > AC__ALIGN ? AC__ALIGN : low;
}

/* A result this small lives in the task's tail. */
#define SMALL_RESULT sizeof(((ac_task *)0)->small_result)

/* Bytes from a task to its result. */
static size_t result_offset(size_t frame_end, size_t result_size)
{
    if (result_size <= SMALL_RESULT)
        return offsetof(ac_task, small_result);
    return AC__ALIGN_UP(frame_end, result_align(result_size));
}

/* Bytes of a task's block. */
static size_t block_size(size_t frame_end, size_t result_size)
{
    if (result_size <= SMALL_RESULT)
        return frame_end;
    return result_offset(frame_end, result_size) + result_size;
}

ac_task *ac__task_new(size_t frame_size, size_t result_size)
{
    ac__loop *loop = ac__loop_current();
    size_t frame_end = AC__TASK_FRAME_OFF + frame_size;
    ac_task *t;
    if (frame_size > AC__TASK_MAX || result_size > AC__TASK_MAX)
        ac__die("out of memory (task too large)");
    t = ac__pool_alloc(&loop->pool, block_size(frame_end, result_size));
    t->top = NULL;
    t->joiner = NULL;
    t->frame_end = (uint32_t)frame_end;
    t->result_size = (uint32_t)result_size;
    t->state = AC__TASK_NEW;
    return t;
}

void *ac__task_frame(ac_task *t)
{
    return (char *)t + AC__TASK_FRAME_OFF;
}

void *ac__task_result(ac_task *t)
{
    return (char *)t + result_offset(t->frame_end, t->result_size);
}

ac_task *ac__task_start(ac_task *t)
{
    ac_frame *root = ac__task_frame(t);
    root->parent = NULL;
    root->alloc = 0;
    t->top = root;
    ac__ready_push(ac__loop_current(), t);
    return t;
}

/* The task's last frame returned: wake whoever waits for it. */
static void complete(ac__loop *loop, ac_task *t)
{
    t->state = AC__TASK_DONE;
    ac__list_push(&loop->parked, &t->u.link);
    if (t->joiner != NULL)
        ac__task_wake(loop, t->joiner);
}

/* Run the top frame while it says to continue: an await chain of any depth
 * costs no C stack. */
void ac__task_step(ac__loop *loop, ac_task *t)
{
    t->state = AC__TASK_RUNNING;
    while (t->top != NULL && t->top->resume(t->top, t) == AC__CONTINUE) {
    }
    if (t->top == NULL) {
        complete(loop, t);
    } else if (t->state == AC__TASK_RUNNING) {
        t->state = AC__TASK_PARKED;
        ac__list_push(&loop->parked, &t->u.link);
    }
}

void ac__task_wake(ac__loop *loop, ac_task *t)
{
    if (t->state == AC__TASK_PARKED)
        ac__list_remove(&t->u.link);
    else if (t->state == AC__TASK_SLEEPING)
        ac__timer_remove(loop, t);
    else
        return;
    ac__ready_push(loop, t);
    if (loop->polling)
        uv_stop(&loop->uv);
}

void ac__task_release(ac__loop *loop, ac_task *t)
{
    ac__list_remove(&t->u.link);
    ac__pool_free(&loop->pool, t, block_size(t->frame_end, t->result_size));
}

/* Frames are freed innermost first: an embedded frame is read before the
 * frame holding it is freed. */
void ac__task_destroy(ac__loop *loop, ac_task *t)
{
    ac_frame *fr, *parent;
    for (fr = t->top; fr != NULL; fr = parent) {
        parent = fr->parent;
        if (fr->alloc != 0)
            ac__pool_free(&loop->pool, fr, fr->alloc);
    }
    ac__pool_free(&loop->pool, t, block_size(t->frame_end, t->result_size));
}
