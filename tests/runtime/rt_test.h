/*
 * rt_test.h - helpers for the runtime's unit tests (Criterion).
 *
 * The tests exercise libasyncc without the asyncc tool: each async function
 * is written by hand the way the tool generates it (SPEC §3, asyncc.h):
 *   struct F__ac_frame { ac_frame ac_hdr; R *ac_ret; params; locals; };
 *   static int F__ac_resume(ac_frame *f, ac_task *t);   switch on state
 *   static ac_frame *F__ac_init(void *mem, R *ret, params);
 * and, where F is awaited through the frame pool, F__ac_await().
 *
 * What the tasks print goes to a log, one line per rt_say(), so that a test
 * compares it with what the equivalent asyncio program prints (given in a
 * comment above each test; run them with python3 to check).
 *
 * Every test ends with rt_check_leaks(): under AddressSanitizer it fails
 * the test if anything is left allocated (Criterion ignores what
 * LeakSanitizer reports when the test process exits).
 */
#ifndef ASYNCC_RT_TEST_H
#define ASYNCC_RT_TEST_H

#define ASYNCC_GENERATED 1
#include <asyncc.h>

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define RT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_ASAN 1
#endif
#endif
#ifdef RT_ASAN
#include <sanitizer/lsan_interface.h>
#endif

struct rt_log {
    char text[16384];
    size_t len;
};

/* The log of this test (Criterion runs each test in its own process). */
static inline struct rt_log *rt_log(void)
{
    static struct rt_log log;
    return &log;
}

/* Appends a line to the log, printf-style. */
static inline void rt_say(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static inline void rt_say(const char *fmt, ...)
{
    struct rt_log *log = rt_log();
    size_t room = sizeof log->text - log->len;
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(log->text + log->len, room, fmt, ap);
    va_end(ap);
    cr_assert(n >= 0 && (size_t)n + 1 < room, "test log full");
    log->len += (size_t)n;
    log->text[log->len++] = '\n';
    log->text[log->len] = '\0';
}

/* Everything said so far. */
static inline const char *rt_said(void)
{
    return rt_log()->text;
}

/* Fails the test if memory is still allocated (with ASan; else nothing). */
static inline void rt_check_leaks(void)
{
#ifdef RT_ASAN
    cr_assert_eq(__lsan_do_recoverable_leak_check(), 0, "memory leaked");
#endif
}

/* Fills the header of a frame made by an F__ac_init(). */
static inline ac_frame *rt_frame(void *mem, ac__resume_fn resume)
{
    ac_frame *f = mem;
    f->ac_resume = resume;
    f->ac_parent = NULL;
    f->ac_state = 0;
    f->ac_alloc = 0;
    return f;
}

/* F__ac_await() for a callee whose frame comes from the pool: what the
 * tool emits for `await F(...)` when it cannot embed F's frame. */
static inline int rt_await_pooled(ac_task *t, ac_frame *f, size_t size)
{
    f->ac_alloc = (uint32_t)size;
    return ac__call(t, f);
}

/* R r = ac_run(F(...)); F's frame type is struct F__ac_frame. */
#define RT_RUN(r, F, ...)                                                  \
    do {                                                                   \
        ac_task *rt_root_ = ac__run_begin(sizeof(struct F##__ac_frame));   \
        F##__ac_init(ac__task_frame(rt_root_), &(r), __VA_ARGS__);         \
        ac__run_end(rt_root_);                                             \
    } while (0)

/* task = ac_spawn(F(...)); for F returning R. */
#define RT_SPAWN(task, R, F, ...)                                          \
    do {                                                                   \
        (task) = ac__task_new(sizeof(struct F##__ac_frame), sizeof(R));    \
        F##__ac_init(ac__task_frame(task), ac__task_result(task),          \
                     __VA_ARGS__);                                         \
        ac__task_start(task);                                              \
    } while (0)

#endif /* ASYNCC_RT_TEST_H */
