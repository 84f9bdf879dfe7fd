/*
 * internal.h - the runtime's private structures and `ac__` internals.
 *
 * Nothing here is part of the ABI (that is asyncc.h). The scheduler core
 * (loop.c, task.c, timer.c, join.c, frame_pool.c) knows tasks, frames and
 * time, and nothing of sockets or files: an I/O module's awaitable parks
 * the task (ac__task_park) and returns AC__SUSPEND, and a libuv callback
 * later hands the task to ac__task_wake(). The libuv loop is
 * ac__loop_running->uv; its handles are closed (uv_walk) before the tasks
 * are destroyed when ac_run() returns.
 *
 * Everything belongs to the thread running the loop; nothing is locked.
 */
#ifndef ASYNCC_INTERNAL_H
#define ASYNCC_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <uv.h>

#include "asyncc.h"

/* Under AddressSanitizer, free pool memory is poisoned so that a use of a
 * freed frame or task is reported as malloc'd memory would be. */
#if defined(__SANITIZE_ADDRESS__)
#define AC__ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AC__ASAN 1
#endif
#endif
#ifdef AC__ASAN
#include <sanitizer/asan_interface.h>
#define AC__POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define AC__UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define AC__POISON(p, n) ((void)(p), (void)(n))
#define AC__UNPOISON(p, n) ((void)(p), (void)(n))
#endif

/* Alignment of every task and pool block: that of max_align_t. */
#define AC__ALIGN _Alignof(max_align_t)
#define AC__ALIGN_UP(n, a) (((n) + (a)-1) & ~(size_t)((a)-1))

/* ------------------------------------------------------------------------
 * Lists and the timer record, the parts a task is made of.
 * ------------------------------------------------------------------------ */

/* A link in a circular doubly-linked list with a sentinel head. */
struct ac__link {
    struct ac__link *prev;
    struct ac__link *next;
};

/* A sleeping task's place in the timer heap: fires at `deadline` (ns, on
 * libuv's uv_hrtime() clock: whole milliseconds of loop time would wake a
 * sleep of 5 ms after 4.x, and reorder close deadlines, where asyncio's
 * float clock does not); among equal deadlines, lower `seq` first. */
struct ac__timer {
    uint64_t deadline; /* ns, on the uv_hrtime() clock */
    uint32_t seq;      /* order in which the timer was set (wraps) */
    uint32_t index;    /* position in the loop's heap array */
};

/* What a task is doing; says which member of ac_task.u is live. A task
 * being stepped is still READY (so waking it does nothing) until it
 * queues itself, sleeps, parks or completes. */
enum ac__task_state {
    AC__TASK_NEW,      /* made by ac__task_new(), not started yet */
    AC__TASK_READY,    /* in the ready queue, or running; u.next */
    AC__TASK_SLEEPING, /* in the timer heap; u.timer */
    AC__TASK_PARKED,   /* waiting for ac__task_wake(); u.link */
    AC__TASK_JOINING,  /* waiting for the task whose `joiner` it is: in no
                          list, reached through that task; a join given up
                          otherwise than by completion must clear that
                          task's `joiner` */
    AC__TASK_TAKING,   /* JOINING in `await ac_join`: the task it waits for
                          hands over its result (u.take) and is freed as it
                          completes */
    AC__TASK_DONE      /* completed, result valid, not joined yet; u.link */
};

/* A task, followed in the same block by its root frame (at
 * AC__TASK_FRAME_OFF) and its result (after the frame, or inside the task
 * when it is small). 48 bytes on LP64.
 *
 * A task is always in exactly one place the loop can find it: the ready
 * queue or the batch being run (READY), the timer heap (SLEEPING), the
 * parked list (PARKED, DONE), the `joiner` of the task it waits for
 * (JOINING), or the hands of whoever made it (NEW); so ac_run() can free
 * every task it did not see joined. */
struct ac_task {
    ac_frame *top;   /* struct ac__task_head: innermost frame; NULL = done */
    ac_task *joiner; /* task waiting in ac_join()/gather for this one */
    union {
        ac_task *next;         /* READY: next in the ready queue */
        struct ac__timer timer; /* SLEEPING */
        struct ac__link link;  /* PARKED, DONE: the loop's parked list */
        struct {
            void *result;      /* TAKING: where the result goes, or NULL */
            int *ret;          /* TAKING: where ac_join's 0 goes, or NULL */
        } take;
    } u;
    uint32_t frame_end;   /* bytes from the task to the end of its frame */
    uint32_t result_size; /* bytes of result, copied out by ac_join() */
    uint8_t state;        /* enum ac__task_state */
    /* A result of at most 4 bytes (an int) lives here, in what would
     * otherwise be the struct's tail padding. */
    _Alignas(4) unsigned char small_result[4];
};

/* Where a task's root frame starts. */
#define AC__TASK_FRAME_OFF AC__ALIGN_UP(sizeof(struct ac_task), AC__ALIGN)
/* Largest frame or result a task may have (so offsets fit in 32 bits). */
#define AC__TASK_MAX ((size_t)1 << 30)
/* A result this small lives in the task's tail. */
#define AC__SMALL_RESULT sizeof(((ac_task *)0)->small_result)

/* ------------------------------------------------------------------------
 * The frame pool (frame_pool.c): free lists by 8-byte size class, carved
 * from 64 KiB chunks; blocks past AC__POOL_MAX come from malloc.
 *
 * A block is aligned for any object of its size: an object's size is a
 * multiple of its alignment, so one of an odd multiple of 8 bytes needs at
 * most 8, and only sizes that are multiples of 16 get (and may need)
 * max_align_t's 16.
 * ------------------------------------------------------------------------ */

#define AC__POOL_GRAIN 8                                   /* bytes */
#define AC__POOL_MAX 1024                                  /* bytes */
#define AC__POOL_CLASSES (AC__POOL_MAX / AC__POOL_GRAIN)   /* 128 */

struct ac__pool {
    void *free[AC__POOL_CLASSES + 1]; /* by size / grain; 0 unused */
    char *bump;                       /* unused tail of the newest chunk */
    size_t left;                      /* its size, bytes */
    struct ac__chunk *chunks;         /* every chunk, newest first */
};

/** The alignment an object of `size` bytes may need: the lowest set bit
 *  of its size, at most AC__ALIGN (AC__ALIGN for 0). */
static inline size_t ac__align_for(size_t size)
{
    size_t low = size & (~size + 1);
    return low == 0 || low > AC__ALIGN ? AC__ALIGN : low;
}

/** Prepares an empty pool. */
void ac__pool_init(struct ac__pool *pool);
/** Frees every chunk of `pool`. Blocks past AC__POOL_MAX must have been
 *  given back already. */
void ac__pool_close(struct ac__pool *pool);
/** ac__pool_alloc() when the free list is empty or the block large. */
void *ac__pool_alloc_slow(struct ac__pool *pool, size_t size);
/** malloc() that aborts with a message instead of giving NULL. */
void *ac__xmalloc(size_t size);

/** Size class of a block of 1..AC__POOL_MAX bytes. */
static inline size_t ac__pool_class(size_t size)
{
    return (size + AC__POOL_GRAIN - 1) / AC__POOL_GRAIN;
}

/** `size` (> 0) bytes, aligned for any object of that size (see above);
 *  never NULL (aborts when memory is exhausted). */
static inline void *ac__pool_alloc(struct ac__pool *pool, size_t size)
{
    size_t cls;
    void *p;
    if (size > AC__POOL_MAX)
        return ac__pool_alloc_slow(pool, size);
    cls = ac__pool_class(size);
    p = pool->free[cls];
    if (p == NULL)
        return ac__pool_alloc_slow(pool, size);
    AC__UNPOISON(p, cls * AC__POOL_GRAIN);
    pool->free[cls] = *(void **)p;
    return p;
}

/** Gives back `p`, from ac__pool_alloc(pool, size) with the same size. */
static inline void ac__pool_free(struct ac__pool *pool, void *p, size_t size)
{
    size_t cls;
    if (size > AC__POOL_MAX) {
        free(p);
        return;
    }
    cls = ac__pool_class(size);
    *(void **)p = pool->free[cls];
    pool->free[cls] = p;
    AC__POISON(p, cls * AC__POOL_GRAIN);
}

/* ------------------------------------------------------------------------
 * The loop (loop.c).
 * ------------------------------------------------------------------------ */

/* The timer heap (timer.c): a binary min-heap of sleeping tasks keyed by
 * (deadline, seq), driven by the loop's one libuv timer. */
struct ac__heap {
    ac_task **v;   /* v[0] fires first */
    uint32_t len;  /* tasks in the heap */
    uint32_t cap;  /* room in v */
    uint32_t seq;  /* next timer's sequence number */
};

typedef struct ac__loop {
    uv_loop_t uv;            /* timers and I/O */
    uv_timer_t timer;        /* due when the heap's first task is */
    ac_task *ready_head;     /* the ready queue, FIFO, linked by u.next */
    ac_task **ready_tailp;   /* where the next ready task is linked;
                                &ready_head when the queue is empty */
    struct ac__heap heap;    /* sleeping tasks */
    struct ac__link parked;  /* PARKED and DONE tasks */
    struct ac__pool pool;    /* frames and tasks */
    unsigned turn;           /* turns run; paces polls while busy */
    int polling;             /* inside uv_run() */
} ac__loop;

/* The loop running on this thread, or NULL. */
extern _Thread_local ac__loop *ac__loop_running;

/** Prints "asyncc: MSG" to stderr and aborts. */
_Noreturn void ac__die(const char *msg);

/** The loop running on this thread; aborts if there is none. */
static inline ac__loop *ac__loop_current(void)
{
    ac__loop *loop = ac__loop_running;
    if (loop == NULL)
        ac__die("no loop is running on this thread (see ac_run)");
    return loop;
}

/* The ready queue is a list linked through the tasks, with neither a
 * count nor a terminating NULL (the tail's link is garbage): a yield is a
 * few stores, and the loop takes a whole batch at once (loop.c). */

/** Puts `t` at the back of the ready queue. */
static inline void ac__ready_push(ac__loop *loop, ac_task *t)
{
    t->state = AC__TASK_READY;
    *loop->ready_tailp = t;
    loop->ready_tailp = &t->u.next;
}

/** Whether no task is ready. */
static inline int ac__ready_empty(const ac__loop *loop)
{
    return loop->ready_tailp == &loop->ready_head;
}

/** The task at the back of the non-empty ready queue. */
static inline ac_task *ac__ready_last(const ac__loop *loop)
{
    return (ac_task *)(void *)((char *)loop->ready_tailp -
                               offsetof(ac_task, u.next));
}

/** Takes the task at the front of the non-empty ready queue. */
static inline ac_task *ac__ready_pop(ac__loop *loop)
{
    ac_task *t = loop->ready_head;
    if (loop->ready_tailp == &t->u.next)
        loop->ready_tailp = &loop->ready_head;
    else
        loop->ready_head = t->u.next;
    return t;
}

/* ------------------------------------------------------------------------
 * Lists.
 * ------------------------------------------------------------------------ */

static inline void ac__list_init(struct ac__link *head)
{
    head->prev = head;
    head->next = head;
}

/** Links `l` at the back of the list `head`. */
static inline void ac__list_push(struct ac__link *head, struct ac__link *l)
{
    l->prev = head->prev;
    l->next = head;
    head->prev->next = l;
    head->prev = l;
}

static inline void ac__list_remove(struct ac__link *l)
{
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

#define AC__TASK_OF_LINK(l) \
    ((ac_task *)(void *)((char *)(l)-offsetof(ac_task, u.link)))

/* ------------------------------------------------------------------------
 * Tasks (task.c).
 * ------------------------------------------------------------------------ */

/** Bytes from a task to its result. */
static inline size_t ac__task_result_offset(size_t frame_end,
                                            size_t result_size)
{
    if (result_size <= AC__SMALL_RESULT)
        return offsetof(ac_task, small_result);
    return AC__ALIGN_UP(frame_end, ac__align_for(result_size));
}

/** Bytes of a task's block: rounded up to a multiple of AC__ALIGN when
 *  the frame or the result may need that alignment, so that the pool
 *  gives it (frame_pool.c). */
static inline size_t ac__task_block_size(size_t frame_end, size_t result_size)
{
    size_t size, align;
    if (result_size <= AC__SMALL_RESULT)
        return frame_end; /* a multiple of the frame's alignment */
    size = ac__task_result_offset(frame_end, result_size) + result_size;
    align = ac__align_for(frame_end);
    if (ac__align_for(result_size) > align)
        align = ac__align_for(result_size);
    return AC__ALIGN_UP(size, align);
}

/** ac__task_result(), inline. */
static inline void *ac__task_result_of(ac_task *t)
{
    return (char *)t + ac__task_result_offset(t->frame_end, t->result_size);
}

/** Frees a DONE task: takes it off the parked list and gives its block
 *  back. Its result must have been copied out before. */
static inline void ac__task_release(ac__loop *loop, ac_task *t)
{
    ac__list_remove(&t->u.link);
    ac__pool_free(&loop->pool, t,
                  ac__task_block_size(t->frame_end, t->result_size));
}

/** `t` has no frame left: marks it done, wakes its joiner. */
void ac__task_complete(ac__loop *loop, ac_task *t);

/** Completed `task` (in no list) gives its result to `joiner`, waiting in
 *  `await ac_join`, is freed, and the joiner is queued (join.c). */
void ac__join_hand_over(ac__loop *loop, ac_task *task, ac_task *joiner);

/** Runs `t`, taken from the ready queue, until it suspends or completes:
 *  the trampoline. A resume returning AC__CONTINUE makes the task run its
 *  (possibly new) top frame at once, so an await chain of any depth costs
 *  no C stack. A frame that returns AC__SUSPEND has arranged to be woken:
 *  queued (ac_yield), put in the timer heap (ac_sleep) or parked
 *  (ac__task_park). */
static inline void ac__task_step(ac__loop *loop, ac_task *t)
{
    ac_frame *top;
    int status = AC__CONTINUE;
    while ((top = t->top) != NULL &&
           (status = top->ac_resume(top, t)) == AC__CONTINUE) {
    }
    if (top == NULL) {
        ac__task_complete(loop, t);
    } else if (status == AC__YIELD) { /* still READY: just link it */
        *loop->ready_tailp = t;
        loop->ready_tailp = &t->u.next;
    }
}

/** Parks the running task `t`: it waits, on the parked list, until
 *  ac__task_wake(). An awaitable that suspends for anything but a yield
 *  or a sleep (a join, I/O) calls this before it returns AC__SUSPEND. */
void ac__task_park(ac__loop *loop, ac_task *t);

/** Makes a parked, joining or sleeping task ready (a sleeping one loses
 *  its timer); does nothing to a task that is ready, running or done. May
 *  be called from libuv callbacks: it then makes the current uv_run()
 *  return. */
void ac__task_wake(ac__loop *loop, ac_task *t);

/** Frees a task in any state, taken out of its queue: its pool frames,
 *  then its block; then likewise the chain of JOINING tasks waiting for
 *  it. Does not run anything. */
void ac__task_destroy(ac__loop *loop, ac_task *t);

/* ------------------------------------------------------------------------
 * Timers (timer.c).
 * ------------------------------------------------------------------------ */

/** Sets up the heap and the libuv timer of `loop`. 0 or a libuv error. */
int ac__timer_init(ac__loop *loop);

/** Puts `t` to sleep for `ms` (> 0) milliseconds from now. */
void ac__timer_add(ac__loop *loop, ac_task *t, uint64_t ms);

/** Whether the first sleeper's deadline has passed (reads the monotonic
 *  clock). */
int ac__timer_due(ac__loop *loop);

/** Takes sleeping task `t` out of the heap (it is then in no queue). */
void ac__timer_remove(ac__loop *loop, ac_task *t);

/** Arms the libuv timer for the heap's first deadline (or stops it);
 *  called before the loop polls. */
void ac__timer_arm(ac__loop *loop);

/** Destroys every task still sleeping and frees the heap. The libuv timer
 *  must be closed already. */
void ac__timer_close(ac__loop *loop);

#endif /* ASYNCC_INTERNAL_H */
