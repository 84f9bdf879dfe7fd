/* diag.c - gcc-style diagnostics on stderr, with an error count. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "util.h"

static const char *diag_file = "<input>";
static int errors;
static int holding, held_errors;
static ut_buf held;

void diag_hold(void)
{
    holding = 1;
}

void diag_release(int print)
{
    if (print && held.len)
        fputs(held.data, stderr);
    if (print)
        errors += held_errors;
    free(held.data);
    held = (ut_buf){0};
    held_errors = 0;
    holding = 0;
}

/* Writes one formatted diagnostic line, or keeps it while holding. */
static void out(const char *text)
{
    if (holding)
        ut_buf_puts(&held, text);
    else
        fputs(text, stderr);
}

void diag_set_file(const char *path)
{
    diag_file = path;
}

static void report(const char *level, unsigned line, unsigned col,
                   const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *msg = ut_alloc(n > 0 ? (size_t)n + 1 : 1);
    vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, again);
    va_end(again);
    char *text = ut_format("%s:%u:%u: %s: %s\n", diag_file, line, col, level,
                           msg);
    out(text);
    free(text);
    free(msg);
}

static void count_error(void)
{
    if (holding)
        held_errors++;
    else
        errors++;
}

void diag_error(unsigned line, unsigned col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report("error", line, col, fmt, ap);
    va_end(ap);
    count_error();
}

void diag_note(unsigned line, unsigned col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report("note", line, col, fmt, ap);
    va_end(ap);
}

void diag_raw_error(const char *formatted)
{
    out(formatted);
    out("\n");
    count_error();
}

int diag_error_count(void)
{
    return errors + held_errors;
}
