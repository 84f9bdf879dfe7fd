/*
 * asyncc.h - the one public header of libasyncc, the asyncc runtime.
 *
 * Anything not declared here is private to the runtime. Names that start
 * with `ac_` are the user's API; names that start with `ac__` are the
 * interface between the code that the asyncc tool generates and the runtime:
 * stable within a release, not meant to be called by hand.
 *
 * Errors are negative errno values (-ENOMEM, -ECANCELED, ...), as in libuv.
 * Durations are milliseconds.
 *
 * Thread-safety: a loop and everything on it (tasks, frames, timers) belongs
 * to the thread that called ac_run(); no function here may be called for it
 * from another thread. Different threads may run different loops.
 */
#ifndef ASYNCC_H
#define ASYNCC_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * The two keywords (SPEC §1).
 *
 * `async` marks a function as a coroutine. The asyncc tool (which defines
 * __ASYNCC__ while it parses) and clang-based editors see it as the
 * attribute annotate("async"); gcc, which knows no such attribute, sees
 * nothing, so a prototype in a plain header compiles silently everywhere.
 *
 * `await EXPR` is a unary prefix operator: an __extension__ that the tool
 * recognises by this macro's expansion. Compiled without the tool, each
 * await is an error that says so (SPEC §1: never a silently synchronous
 * program), through `#pragma GCC error`, which gcc and clang both know. An
 * editor's clangd can parse a source as the tool does: give it
 * -D__ASYNCC__ (see README).
 * ------------------------------------------------------------------------ */
#if defined(__ASYNCC__) || defined(__clang__)
#define async __attribute__((annotate("async")))
#else
#define async
#endif
#if defined(__ASYNCC__) || defined(ASYNCC_GENERATED) ||                     \
    !(defined(__GNUC__) || defined(__clang__))
#define await __extension__
#else
#define await                                                                \
    _Pragma("GCC error \"async/await: run the asyncc tool on this file\"")  \
        __extension__
#endif

/* Mode: the tool parsing a source, generated code, or a plain compile of an
 * async-C source without the tool (which must fail, SPEC §1). */
#if !defined(__ASYNCC__) && !defined(ASYNCC_GENERATED) && defined(__has_attribute)
#if __has_attribute(error)
#define AC__UNTRANSFORMED                                                    \
    __attribute__((error("this file uses async/await and must be "          \
                         "transformed by the asyncc tool before it is "     \
                         "compiled (see asyncc_target_sources in README)")))
#endif
#endif
#ifndef AC__UNTRANSFORMED
#define AC__UNTRANSFORMED
#endif

/* Marks generated static helpers that a file may not use. */
#if defined(__GNUC__) || defined(__clang__)
#define AC__MAYBE_UNUSED __attribute__((unused))
#else
#define AC__MAYBE_UNUSED
#endif

/* Around the code of every async function (its resume function): gcc's
 * -Wformat-truncation judges a "%d" by the range it proves its value has,
 * and a function resumed inside a loop re-enters it past the loop's
 * condition, so a counter that the source bounds (`i < 12`) has no proven
 * range there; the warning would be about asyncc's control flow, not the
 * user's code. */
#if defined(__GNUC__) && !defined(__clang__)
#define AC__RESUME_WARNINGS_OFF                                              \
    _Pragma("GCC diagnostic push")                                           \
    _Pragma("GCC diagnostic ignored \"-Wformat-truncation\"")
#define AC__RESUME_WARNINGS_ON _Pragma("GCC diagnostic pop")
#else
#define AC__RESUME_WARNINGS_OFF
#define AC__RESUME_WARNINGS_ON
#endif

/* Around each frame structure of generated code: the default packing,
 * whatever `#pragma pack` is in effect where the async function is (a
 * packed frame would misalign the pointers in it). */
#if defined(__GNUC__) || defined(__clang__)
#define AC__FRAME_BEGIN _Pragma("pack(push)") _Pragma("pack()")
#define AC__FRAME_END _Pragma("pack(pop)")
#else
#define AC__FRAME_BEGIN
#define AC__FRAME_END
#endif

/* Around the code of an async function in which asyncc expanded a macro
 * in the source: the warnings that gcc and clang never give for a macro's
 * text (a self-comparison `(x == x)` in an argument, the doubled
 * parentheses of `if (EQ(a, b))`) stay quiet for it there too. */
#if defined(__clang__)
#define AC__MACRO_WARNINGS_OFF                                               \
    _Pragma("clang diagnostic push")                                         \
    _Pragma("clang diagnostic ignored \"-Wtautological-compare\"")           \
    _Pragma("clang diagnostic ignored \"-Wparentheses-equality\"")           \
    _Pragma("clang diagnostic ignored \"-Wint-in-bool-context\"")            \
    _Pragma("clang diagnostic ignored \"-Wconstant-logical-operand\"")
#define AC__MACRO_WARNINGS_ON _Pragma("clang diagnostic pop")
#elif defined(__GNUC__)
#define AC__MACRO_WARNINGS_OFF                                               \
    _Pragma("GCC diagnostic push")                                           \
    _Pragma("GCC diagnostic ignored \"-Wtautological-compare\"")             \
    _Pragma("GCC diagnostic ignored \"-Wint-in-bool-context\"")              \
    _Pragma("GCC diagnostic ignored \"-Wbool-compare\"")                     \
    _Pragma("GCC diagnostic ignored \"-Wtype-limits\"")
#define AC__MACRO_WARNINGS_ON _Pragma("GCC diagnostic pop")
#else
#define AC__MACRO_WARNINGS_OFF
#define AC__MACRO_WARNINGS_ON
#endif

/** A task: an async call running concurrently on the loop (asyncio.Task).
 *  Created by ac_spawn(); owned by the loop until ac_join() returns it, or
 *  until ac_run() returns. */
typedef struct ac_task ac_task;

/* ------------------------------------------------------------------------
 * The user's API (SPEC §3). Runtime awaitables are async functions.
 * ------------------------------------------------------------------------ */

/** ac_run(CALL): asyncio.run(). Runs a fresh event loop on the calling
 *  thread until the async call CALL completes and returns its value. As in
 *  asyncio, the loop still finishes that turn and runs one more (tasks
 *  ready then get their step); tasks still alive after it are destroyed
 *  without running again, the loop is closed and all its memory freed.
 *  Calling it while a loop runs on the same thread aborts the program with
 *  a message (asyncio raises RuntimeError there), and so does a deadlock:
 *  no task ready and no timer or I/O that could wake one.
 *
 *  ac_spawn(CALL): asyncio.create_task(). Starts CALL as a task that first
 *  runs at the next turn of the loop, and returns it. The task is freed by
 *  ac_join(), or when ac_run() returns. Only valid while a loop runs.
 *
 *  await ac_gather(CALL, ...): asyncio.gather(). Turns each call into a task,
 *  queued in argument order, and completes when all have completed; gives
 *  0. Results come back through the calls' own out-parameters.
 *
 *  These are rewritten by the asyncc tool; they exist here for the tool's
 *  parse and for editors. */
#if defined(__ASYNCC__) || !defined(ASYNCC_GENERATED)
AC__UNTRANSFORMED void ac__untransformed(void);
#define ac_run(call) (ac__untransformed(), (call))
#define ac_spawn(call) (ac__untransformed(), (void)(call), (ac_task *)0)
async int ac__gather(int calls) AC__UNTRANSFORMED;
#define ac_gather(...) ac__gather((__VA_ARGS__, 0))
#endif

/** await ac_sleep(ms): asyncio.sleep(). Suspends the calling task for at
 *  least `ms` milliseconds; tasks whose timers expire together resume in
 *  the order the timers were set. ac_sleep(0) is ac_yield(). Gives 0. */
async int ac_sleep(uint64_t ms) AC__UNTRANSFORMED;

/** await ac_yield(): asyncio.sleep(0). Puts the calling task at the back of
 *  the ready queue, letting every task that is ready run first. Gives 0. */
async int ac_yield(void) AC__UNTRANSFORMED;

/** await ac_join(task, result): await task. Waits until `task` completes,
 *  copies its return value into `*result` (which must have the type the
 *  task's async function returns; NULL discards it) and frees the task,
 *  which must not be used again. Gives 0. A task already done is taken at
 *  once, without suspending. Each task is joined at most once: joining a
 *  task another task already waits for gives -EBUSY (and changes nothing);
 *  joining the calling task itself gives -EDEADLK, and NULL -EINVAL. */
async int ac_join(ac_task *task, void *result) AC__UNTRANSFORMED;

/* ------------------------------------------------------------------------
 * The generated-code interface (`ac__`).
 *
 * Every async function F becomes a frame struct and a resume function. A
 * frame starts with an ac_frame header; a task runs the innermost frame of
 * its await chain (`top`), and a resume function returns AC__CONTINUE when
 * the task should go on running its (possibly new) top frame at once, or
 * AC__SUSPEND when the task waits. The runtime drives this from a loop (a
 * trampoline), so an await chain of any depth never grows the C stack and
 * a resume costs O(1) whatever the depth.
 *
 * For each non-static async function F(P...) returning R, the file that
 * defines it exports:
 *   const size_t F__ac_size;                    frame size, bytes
 *   ac_frame *F__ac_init(void *mem, R *ret, P...);  make a frame in `mem`
 *   int F__ac_await(ac_task *t, R *ret, P...);  await F from t's top frame
 * (no `ret` when R is void). `ret` is where F stores its result, or NULL.
 * ------------------------------------------------------------------------ */

typedef struct ac_frame ac_frame;

/** Runs frame `fr` of task `t` from its current state. */
typedef int (*ac__resume_fn)(ac_frame *fr, ac_task *t);

enum {
    AC__CONTINUE = 0, /* run the task's top frame again at once */
    AC__SUSPEND = 1,  /* the task waits; the scheduler resumes it later */
    AC__YIELD = 2     /* the task goes to the back of the ready queue */
};

/** The header of every frame. Its members are prefixed, as generated
 *  code names them in the user's file, where any macro may be defined. */
struct ac_frame {
    ac__resume_fn ac_resume; /* the frame's resume function */
    ac_frame *ac_parent;     /* the continuation: the frame awaiting it */
    uint32_t ac_state;       /* suspension point to resume at; 0 = start */
    uint32_t ac_alloc;       /* bytes to give back to the frame pool when
                                the frame completes; 0 if its owner manages
                                it */
};

/* The part of a task that generated code touches; the rest is private. */
struct ac__task_head {
    ac_frame *top; /* innermost frame of the task's await chain */
};

/** Makes `callee` the top frame of `t`, continued by the current top. */
static inline int ac__call(ac_task *t, ac_frame *callee)
{
    struct ac__task_head *h = (struct ac__task_head *)(void *)t;
    callee->ac_parent = h->top;
    h->top = callee;
    return AC__CONTINUE;
}

/** Gives `size` bytes (0 < size < 4 GiB) of frame memory from the running
 *  loop's frame pool (free lists by 8-byte size class; malloc past 1 KiB),
 *  aligned for any object of that size: to max_align_t when `size` is a
 *  multiple of 16, else to 8 (a type's size is a multiple of its
 *  alignment). Never NULL: aborts with a message when memory is exhausted,
 *  as a stack overflow would. Freed by ac__return() when the frame's
 *  `ac_alloc` says so; all of it is freed when ac_run() returns. */
void *ac__frame_alloc(size_t size);

/** Copies `n` bytes from `src` to `dst` and gives `dst` (memcpy, without
 *  making generated code include <string.h>): how a frame local is
 *  initialised from a braced list or a string, and how a compound literal
 *  moves into the frame. */
void *ac__copy(void *dst, const void *src, size_t n);

/** The first address at or after `p` that is a multiple of `align` (a
 *  power of two): where a frame keeps a local of a type aligned past the
 *  frame's own alignment (max_align_t), in bytes that leave room for it.
 *  The frame never moves, so the address is the same at every resume. */
static inline void *ac__align_up(void *p, uintptr_t align)
{
    return (void *)(((uintptr_t)p + (align - 1)) & ~(align - 1));
}

/** Gives a completed frame's memory (`fr->ac_alloc` bytes, from
 *  ac__frame_alloc()) back to the pool. */
void ac__frame_free(ac_frame *fr);

/** Completes frame `fr`, the top of `t`: its awaiter becomes the top. */
static inline int ac__return(ac_task *t, ac_frame *fr)
{
    struct ac__task_head *h = (struct ac__task_head *)(void *)t;
    h->top = fr->ac_parent;
    if (fr->ac_alloc)
        ac__frame_free(fr);
    return AC__CONTINUE;
}

/** Allocates a task with room for a root frame of `frame_size` bytes and a
 *  result of `result_size` bytes (each under 1 GiB), on the loop running
 *  on this thread: one block from its pool, aligned like ac__frame_alloc()
 *  memory. Aborts when memory is exhausted or no loop runs. The caller
 *  builds the root frame in ac__task_frame() and then calls
 *  ac__task_start() before it next suspends. */
ac_task *ac__task_new(size_t frame_size, size_t result_size);
/** The memory for the root frame of `t`. */
void *ac__task_frame(ac_task *t);
/** The memory for the result of `t`. */
void *ac__task_result(ac_task *t);
/** Makes the frame in ac__task_frame(t) the task's root (its `ac_parent`
 *  and `ac_alloc` set to 0) and queues `t` at the back of the ready queue: it
 *  first runs at the next turn of the loop. Returns `t`. */
ac_task *ac__task_start(ac_task *t);

/** ac_run(), in two halves around the root frame's construction: opens a
 *  fresh loop and gives its root task (room for `frame_size` bytes of
 *  frame, result stored by the frame itself)... */
ac_task *ac__run_begin(size_t frame_size);
/** ...then runs the loop until `root` completes, and closes the loop. */
void ac__run_end(ac_task *root);

/** await ac_gather(...): a frame (from the frame pool, `ac_alloc` set) that
 *  joins `n` tasks, added in order with ac__gather_add(), waiting for each
 *  in turn and freeing it; then stores 0 in `*ret` (if not NULL) and
 *  returns. The caller ac__call()s it after the n-th add. */
ac_frame *ac__gather_new(int *ret, size_t n);
/** Adds the next of the gather's tasks, just started; the gather frame
 *  owns it from now on. */
void ac__gather_add(ac_frame *gather, ac_task *task);

/* The runtime's awaitables, in the generated-code ABI. */
extern const size_t ac_sleep__ac_size;
ac_frame *ac_sleep__ac_init(void *mem, int *ret, uint64_t ms);
int ac_sleep__ac_await(ac_task *t, int *ret, uint64_t ms);
extern const size_t ac_yield__ac_size;
ac_frame *ac_yield__ac_init(void *mem, int *ret);
/* Inline: a yield is the scheduler's round trip, so it is just a status
 * for the trampoline, with no call and no lookup of the loop. */
static inline int ac_yield__ac_await(ac_task *t, int *ret)
{
    (void)t;
    if (ret != NULL)
        *ret = 0;
    return AC__YIELD;
}
extern const size_t ac_join__ac_size;
ac_frame *ac_join__ac_init(void *mem, int *ret, ac_task *task, void *result);
int ac_join__ac_await(ac_task *t, int *ret, ac_task *task, void *result);

#ifdef __cplusplus
}
#endif

#endif /* ASYNCC_H */
