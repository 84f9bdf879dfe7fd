/*
 * stack_guard.h - the driver's defence against running out of C stack.
 *
 * Some legal C nests without bound: a chain of thousands of unary
 * operators is parsed by recursion, in libclang as in our own stages, and
 * clang itself crashes on one (clang-19 -fsyntax-only dies on 5,000 `~`).
 * The guard gives the tool a deep stack and turns an overflow into a
 * diagnostic and exit status 1, never a crash.
 */
#ifndef ASYNCC_STACK_GUARD_H
#define ASYNCC_STACK_GUARD_H

/* Raises the main thread's stack limit to 64 MiB (or the hard limit, if
 * lower), as gcc does for its own recursive parser, and installs a SIGSEGV
 * handler on an alternate signal stack. An overflow of the main thread's
 * stack prints "INPUT:1:1: error: ..." and exits with status 1; any other
 * fault goes on to the handler that was installed before (ASan's, or the
 * default one), so real bugs still crash visibly. Call once, from main,
 * before parsing; `input` must outlive the program. Not thread-safe: the
 * tool parses on the main thread (parse.c asks libclang for no threads). */
void stack_guard_init(const char *input);

#endif
