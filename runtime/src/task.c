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

ac_task *ac__task_new(size_t frame_size, size_t result_size)
{
    ac__loop *loop = ac__loop_current();
    size_t frame_end = AC__TASK_FRAME_OFF + frame_size;
    ac_task *t;
    if ((frame_size | result_size) > AC__TASK_MAX)
        ac__die("out of memory (task too large)");
    t = ac__pool_alloc(&loop->pool,
                       ac__task_block_size(frame_end, result_size));
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
    return ac__task_result_of(t);
}

ac_task *ac__task_start(ac_task *t)
{
    ac_frame *root = ac__task_frame(t);
    root->ac_parent = NULL;
    root->ac_alloc = 0;
    t->top = root;
    ac__ready_push(ac__loop_running, t); /* ac__task_new() checked it */
    return t;
}

void ac__task_complete(ac__loop *loop, ac_task *t)
{
    ac_task *joiner = t->joiner;
    t->state = AC__TASK_DONE;
    if (joiner != NULL && joiner->state == AC__TASK_TAKING) {
        ac__join_hand_over(loop, t, joiner); /* frees t */
        return;
    }
    ac__list_push(&loop->parked, &t->u.link);
    if (joiner != NULL)
        ac__task_wake(loop, joiner);
}

void ac__task_park(ac__loop *loop, ac_task *t)
{
    t->state = AC__TASK_PARKED;
    ac__list_push(&loop->parked, &t->u.link);
}

void ac__task_wake(ac__loop *loop, ac_task *t)
{
    switch (t->state) {
    case AC__TASK_JOINING:
    case AC__TASK_TAKING:
        break;
    case AC__TASK_PARKED:
        ac__list_remove(&t->u.link);
        break;
    case AC__TASK_SLEEPING:
        ac__timer_remove(loop, t);
        break;
    default:
        return;
    }
    ac__ready_push(loop, t);
    if (loop->polling)
        uv_stop(&loop->uv);
}

/* Frames are freed innermost first: an embedded frame is read before the
 * frame holding it is freed. */
static void free_task(ac__loop *loop, ac_task *t)
{
    ac_frame *fr, *parent;
    for (fr = t->top; fr != NULL; fr = parent) {
        parent = fr->ac_parent;
        if (fr->ac_alloc != 0)
            ac__pool_free(&loop->pool, fr, fr->ac_alloc);
    }
    ac__pool_free(&loop->pool, t,
                  ac__task_block_size(t->frame_end, t->result_size));
}

void ac__task_destroy(ac__loop *loop, ac_task *t)
{
    ac_task *joiner;
    do {
        /* A done task's joiner was woken: it is queued, not waiting. */
        joiner = t->state == AC__TASK_DONE ? NULL : t->joiner;
        free_task(loop, t);
    } while ((t = joiner) != NULL);
}
