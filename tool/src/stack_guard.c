/*
 * stack_guard.c - a deep main-thread stack, and a diagnostic instead of a
 * crash when even that runs out (see stack_guard.h).
 */
#define _GNU_SOURCE
#include "stack_guard.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

enum { WANTED_STACK = 64 << 20, GUARD_SLACK = 1 << 20 };

static char message[1024];
static size_t message_len;
static uintptr_t stack_end; /* the lowest address the stack may reach */
static struct sigaction previous;
static char alt_stack[64 * 1024];

/* A fault about the lowest address the stack may reach (within the
 * kernel's guard gap below it, or just above) is the stack running out. */
static int is_overflow(uintptr_t addr)
{
    return stack_end && addr + GUARD_SLACK >= stack_end &&
           addr < stack_end + GUARD_SLACK;
}

static void on_fault(int sig, siginfo_t *info, void *context)
{
    (void)context;
    if (is_overflow((uintptr_t)info->si_addr)) {
        ssize_t n = write(STDERR_FILENO, message, message_len);
        (void)n;
        _exit(1);
    }
    /* Not ours: the next fault (on return, the same instruction) goes to
     * the handler that was there before. */
    sigaction(sig, &previous, NULL);
}

/* The kernel grows the main thread's stack up to the limit in force when
 * it grows, so raising the soft limit now is enough. An unlimited stack is
 * given a limit too, so that its end is known. */
static void raise_stack_limit(void)
{
    struct rlimit r;
    if (getrlimit(RLIMIT_STACK, &r) != 0)
        return;
    if (r.rlim_cur == RLIM_INFINITY || r.rlim_cur < WANTED_STACK) {
        r.rlim_cur = WANTED_STACK;
        if (r.rlim_max != RLIM_INFINITY && r.rlim_max < r.rlim_cur)
            r.rlim_cur = r.rlim_max;
        setrlimit(RLIMIT_STACK, &r);
    }
}

/* glibc reports the main thread's stack from /proc/self/maps and the
 * current limit. */
static uintptr_t lowest_stack_address(void)
{
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return 0;
    int rc = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    return rc == 0 ? (uintptr_t)addr : 0;
}

void stack_guard_init(const char *input)
{
    raise_stack_limit();
    stack_end = lowest_stack_address();
    int n = snprintf(message, sizeof message,
                     "%s:1:1: error: out of stack: the code nests too deeply "
                     "for the parser (for example, a chain of thousands of "
                     "operators); split the expression\n",
                     input);
    message_len = n < 0 ? 0 : (size_t)n < sizeof message ? (size_t)n
                                                         : sizeof message - 1;
    stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack};
    if (sigaltstack(&ss, NULL) != 0)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &previous);
}
