/*
 * internal.h - the runtime's private structures and `ac__` internals.
 *
 * Nothing here is part of the ABI (that is asyncc.h). The scheduler core
 * (loop.c, task.c, timer.c, join.c, frame_pool.c) knows tasks, frames and
 * time, and nothing of sockets or files: an I/O module parks a task by
 * returning AC__SUSPEND from its awaitable and later hands it to
 * ac__task_wake() from a libuv callback.
 *
 * Everything belongs to the thread running the loop; nothing is locked.
 */
#ifndef ASYNCC_INTERNAL_H
#define ASYNCC_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <uv.h>

#include "asyncc.h"

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

/* A sleeping task's place in the timer heap: fires at `deadline` (libuv
 * loop time, ms); among equal deadlines, lower `seq` (order set) first. */
struct ac__timer {
    uint64_t deadline; /* ms, on the uv_now() clock */
    uint32_t seq;      /* order in which the timer was set (wraps) */
    uint32_t index;    /* position in the loop's heap array */
};

/* What a task is doing; says which member of ac_task.u is live. */
enum ac__task_state {
    AC__TASK_NEW,      /* made by ac__task_new(), not started yet */
    AC__TASK_READY,    /* in the ready queue; u.next */
    AC__TASK_RUNNING,  /* being stepped by the loop */
    AC__TASK_SLEEPING, /* in the timer heap; u.timer */
    AC__TASK_PARKED,   /* waiting for ac__task_wake(); u.link */
    AC__TASK_DONE      /* completed, result valid, not joined yet; u.link */
};

/* A task, followed in the same block by its root frame (at
 * AC__TASK_FRAME_OFF) and its result (after the frame, or inside the task
 * when it is small). 48 bytes on LP64.
 *
 * A task is always in exactly one place the loop can find it: the ready
 * queue (READY), the timer heap (SLEEPING), the parked list (PARKED, DONE)
 * or the loop's hands (NEW, RUNNING); so ac_run() can free every task it
 * did not see joined. */
struct ac_task {
    ac_frame *top;   /* struct ac__task_head: innermost frame; NULL = done */
    ac_task *joiner; /* task waiting in ac_join()/gather for this one */
    union {
        ac_task *next;         /* READY: next in the ready queue */
        struct ac__timer timer; /* SLEEPING */
        struct ac__link link;  /* PARKED, DONE: the loop's parked list */
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

/* ------------------------------------------------------------------------
 * The frame pool (frame_pool.c): free lists by 16-byte size class, carved
 * from 64 KiB chunks; blocks past AC__POOL_MAX come from malloc.
 * ------------------------------------------------------------------------ */

#define AC__POOL_GRAIN 16                                  /* bytes */
#define AC__POOL_MAX 1024                                  /* bytes */
#define AC__POOL_CLASSES (AC__POOL_MAX / AC__POOL_GRAIN)   /* 64 */

struct ac__pool {
    void *free[AC__POOL_CLASSES + 1]; /* by size / grain; 0 unused */
    char *bump;                       /* unused tail of the newest chunk */
    size_t left;                      /* its size, bytes */
    struct ac__chunk *chunks;         /* every chunk, newest first */
};

/** Prepares an empty pool. */
void ac__pool_init(struct ac__pool *pool);
/** Frees every chunk of `pool`. Blocks past AC__POOL_MAX must have been
 *  given back already. */
void ac__pool_close(struct ac__pool *pool);
/** `size` bytes aligned to AC__ALIGN; never NULL (aborts when memory is
 *  exhausted). */
void *ac__pool_alloc(struct ac__pool *pool, size_t size);
/** Gives back `p`, from ac__pool_alloc(pool, size) with the same size. */
void ac__pool_free(struct ac__pool *pool, void *p, size_t size);
/** malloc() that aborts with a message instead of giving NULL. */
void *ac__xmalloc(size_t size);

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
    ac_task **ready_tailp;   /* where the next ready task is linked */
    size_t ready_len;        /* tasks in the ready queue */
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

/** Puts `t` at the back of the ready queue. */
static inline void ac__ready_push(ac__loop *loop, ac_task *t)
{
    t->state = AC__TASK_READY;
    t->u.next = NULL;
    *loop->ready_tailp = t;
    loop->ready_tailp = &t->u.next;
    loop->ready_len++;
}

/** Takes the task at the front of the non-empty ready queue. */
static inline ac_task *ac__ready_pop(ac__loop *loop)
{
    ac_task *t = loop->ready_head;
    loop->ready_head = t->u.next;
    if (loop->ready_head == NULL)
        loop->ready_tailp = &loop->ready_head;
    loop->ready_len--;
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

/** Runs `t`, popped from the ready queue, until it suspends or completes
 *  (the trampoline). A task that suspended without queueing itself or
 *  setting a timer is parked until ac__task_wake(). */
void ac__task_step(ac__loop *loop, ac_task *t);

/** Makes a parked or sleeping task ready (a sleeping one loses its timer);
 *  does nothing to a task that is ready, running or done. May be called
 *  from libuv callbacks: it then makes the current uv_run() return. */
void ac__task_wake(ac__loop *loop, ac_task *t);

/** Frees a DONE task: takes it off the parked list and gives its block
 *  back. Its result must have been copied out before. */
void ac__task_release(ac__loop *loop, ac_task *t);

/** Frees a task in any state that is in no queue: its pool frames, then
 *  its block. Does not run anything. */
void ac__task_destroy(ac__loop *loop, ac_task *t);

/* ------------------------------------------------------------------------
 * Timers (timer.c).
 * ------------------------------------------------------------------------ */

/** Sets up the heap and the libuv timer of `loop`. 0 or a libuv error. */
int ac__timer_init(ac__loop *loop);

/** Puts `t` to sleep for `ms` (> 0) milliseconds from now. */
void ac__timer_add(ac__loop *loop, ac_task *t, uint64_t ms);

/** Takes sleeping task `t` out of the heap (it is then in no queue). */
void ac__timer_remove(ac__loop *loop, ac_task *t);

/** Arms the libuv timer for the heap's first deadline (or stops it);
 *  called before the loop polls. */
void ac__timer_arm(ac__loop *loop);

/** Destroys every task still sleeping and frees the heap. The libuv timer
 *  must be closed already. */
void ac__timer_close(ac__loop *loop);

#endif /* ASYNCC_INTERNAL_H */
