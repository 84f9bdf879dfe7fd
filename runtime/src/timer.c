/*
 * timer.c - sleeping tasks, and the awaitables ac_sleep and ac_yield.
 *
 * A libuv timer handle costs about 150 bytes, too much per task; so a loop
 * has one uv_timer_t, due when the first of its sleeping tasks is, and the
 * tasks wait in a binary min-heap of task pointers keyed by (deadline,
 * seq). The key and the heap position live in the task (struct
 * ac__timer). Timers with the same deadline fire in the order they were
 * set, as asyncio's do.
 */
#include <stdlib.h>

#include "internal.h"

/* ------------------------------------------------------------------------
 * The heap.
 * ------------------------------------------------------------------------ */

/* Whether `a` fires before `b`. Sequence numbers compare modulo 2^32. */
static int fires_before(const ac_task *a, const ac_task *b)
{
    if (a->u.timer.deadline != b->u.timer.deadline)
        return a->u.timer.deadline < b->u.timer.deadline;
    return (uint32_t)(a->u.timer.seq - b->u.timer.seq) > UINT32_MAX / 2;
}

static void heap_set(struct ac__heap *h, uint32_t i, ac_task *t)
{
    h->v[i] = t;
    t->u.timer.index = i;
}

/* Moves the task at `i` up to its place. */
static void sift_up(struct ac__heap *h, uint32_t i)
{
    ac_task *t = h->v[i];
    while (i > 0 && fires_before(t, h->v[(i - 1) / 2])) {
        heap_set(h, i, h->v[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
    heap_set(h, i, t);
}

/* Moves the task at `i` down to its place. */
static void sift_down(struct ac__heap *h, uint32_t i)
{
    ac_task *t = h->v[i];
    uint32_t child;
    while ((child = 2 * i + 1) < h->len) {
        if (child + 1 < h->len && fires_before(h->v[child + 1], h->v[child]))
            child++;
        if (!fires_before(h->v[child], t))
            break;
        heap_set(h, i, h->v[child]);
        i = child;
    }
    heap_set(h, i, t);
}

static void heap_push(struct ac__heap *h, ac_task *t)
{
    if (h->len == h->cap) {
        if (h->cap > UINT32_MAX / 2)
            ac__die("out of memory (timer heap)");
        h->cap = h->cap ? 2 * h->cap : 64;
        h->v = realloc(h->v, h->cap * sizeof *h->v);
        if (h->v == NULL)
            ac__die("out of memory");
    }
    h->v[h->len++] = t;
    sift_up(h, h->len - 1);
}

/* Takes the task at `i` out of the heap. */
static void heap_remove(struct ac__heap *h, uint32_t i)
{
    ac_task *last = h->v[--h->len];
    if (i == h->len)
        return;
    heap_set(h, i, last);
    sift_up(h, i);
    sift_down(h, last->u.timer.index);
}

/* ------------------------------------------------------------------------
 * The loop's libuv timer.
 * ------------------------------------------------------------------------ */

/* Due: every task whose deadline has passed goes to the back of the ready
 * queue, earliest first; uv_run() then returns without blocking. */
static void on_timer(uv_timer_t *handle)
{
    ac__loop *loop = handle->data;
    struct ac__heap *h = &loop->heap;
    uint64_t now = uv_hrtime();
    while (h->len > 0 && h->v[0]->u.timer.deadline <= now) {
        ac_task *t = h->v[0];
        heap_remove(h, 0);
        ac__ready_push(loop, t);
    }
    uv_stop(&loop->uv);
    ac__timer_arm(loop);
}

int ac__timer_init(ac__loop *loop)
{
    loop->heap.v = NULL;
    loop->heap.len = 0;
    loop->heap.cap = 0;
    loop->heap.seq = 0;
    loop->timer.data = loop;
    return uv_timer_init(&loop->uv, &loop->timer);
}

/* The uv timer counts whole milliseconds of loop time: its timeout is
 * rounded up, and the loop's clock brought up to date first, so that it
 * does not fire before the first deadline (if it does, on_timer wakes no
 * one and arms it again). */
void ac__timer_arm(ac__loop *loop)
{
    uint64_t due, now;
    if (loop->heap.len == 0) {
        uv_timer_stop(&loop->timer);
        return;
    }
    due = loop->heap.v[0]->u.timer.deadline;
    uv_update_time(&loop->uv);
    now = uv_hrtime();
    uv_timer_start(&loop->timer, on_timer,
                   due > now ? (due - now + 999999) / 1000000 : 0, 0);
}

int ac__timer_due(ac__loop *loop)
{
    return loop->heap.len > 0 &&
           loop->heap.v[0]->u.timer.deadline <= uv_hrtime();
}

void ac__timer_add(ac__loop *loop, ac_task *t, uint64_t ms)
{
    uint64_t now = uv_hrtime();
    t->state = AC__TASK_SLEEPING;
    t->u.timer.deadline = ms > (UINT64_MAX - now) / 1000000
                              ? UINT64_MAX
                              : now + ms * 1000000;
    t->u.timer.seq = loop->heap.seq++;
    heap_push(&loop->heap, t);
}

void ac__timer_remove(ac__loop *loop, ac_task *t)
{
    heap_remove(&loop->heap, t->u.timer.index);
}

void ac__timer_close(ac__loop *loop)
{
    struct ac__heap *h = &loop->heap;
    while (h->len > 0)
        ac__task_destroy(loop, h->v[--h->len]);
    free(h->v);
    h->v = NULL;
    h->cap = 0;
}

/* ------------------------------------------------------------------------
 * ac_sleep, ac_yield.
 * ------------------------------------------------------------------------ */

/* The frame of a spawned or gathered ac_sleep(ms) (ms = 0: ac_yield()). */
struct sleep_frame {
    ac_frame hdr; /* state 0: start sleeping; 1: woken */
    int *ret;
    uint64_t ms;
};

const size_t ac_sleep__ac_size = sizeof(struct sleep_frame);
const size_t ac_yield__ac_size = sizeof(struct sleep_frame);

int ac_sleep__ac_await(ac_task *t, int *ret, uint64_t ms)
{
    if (ms == 0)
        return ac_yield__ac_await(t, ret);
    if (ret != NULL)
        *ret = 0;
    ac__timer_add(ac__loop_current(), t, ms);
    return AC__SUSPEND;
}

static int sleep_resume(ac_frame *f, ac_task *t)
{
    struct sleep_frame *fr = (struct sleep_frame *)f;
    if (f->ac_state == 0) {
        f->ac_state = 1;
        return ac_sleep__ac_await(t, NULL, fr->ms);
    }
    if (fr->ret != NULL)
        *fr->ret = 0;
    return ac__return(t, f);
}

ac_frame *ac_sleep__ac_init(void *mem, int *ret, uint64_t ms)
{
    struct sleep_frame *fr = mem;
    fr->hdr.ac_resume = sleep_resume;
    fr->hdr.ac_parent = NULL;
    fr->hdr.ac_state = 0;
    fr->hdr.ac_alloc = 0;
    fr->ret = ret;
    fr->ms = ms;
    return &fr->hdr;
}

ac_frame *ac_yield__ac_init(void *mem, int *ret)
{
    return ac_sleep__ac_init(mem, ret, 0);
}
