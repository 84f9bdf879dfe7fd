/* diag.c - gcc-style diagnostics on stderr, with an error count. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

static const char *diag_file = "<input>";
static int errors;

void diag_set_file(const char *path)
{
    diag_file = path;
}

static void report(const char *level, unsigned line, unsigned col,
                   const char *fmt, va_list ap)
{
    fprintf(stderr, "%s:%u:%u: %s: ", diag_file, line, col, level);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void diag_error(unsigned line, unsigned col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report("error", line, col, fmt, ap);
    va_end(ap);
    errors++;
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
    fprintf(stderr, "%s\n", formatted);
    errors++;
}

int diag_error_count(void)
{
    return errors;
}
