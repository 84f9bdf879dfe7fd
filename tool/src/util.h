/*
 * util.h - small helpers shared by the stages of the asyncc tool: checked
 * allocation, growable strings and arrays. Out of memory ends the tool with
 * a message (a compiler front end has no better recovery).
 */
#ifndef ASYNCC_UTIL_H
#define ASYNCC_UTIL_H

#include <stdarg.h>
#include <stddef.h>

void *ut_alloc(size_t size);               /* zeroed; never NULL */
void *ut_realloc(void *p, size_t size);    /* never NULL */
char *ut_strdup(const char *s);
char *ut_strndup(const char *s, size_t n);
char *ut_format(const char *fmt, ...)
    __attribute__((format(printf, 1, 2))); /* malloc'ed result */

/* A growable, always NUL-terminated string. */
typedef struct ut_buf {
    char *data;
    size_t len, cap;
} ut_buf;

void ut_buf_add(ut_buf *b, const char *s, size_t n);
void ut_buf_puts(ut_buf *b, const char *s);
void ut_buf_printf(ut_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *ut_buf_take(ut_buf *b); /* gives the string away; `b` is reset */

/* A growable array of pointers. */
typedef struct ut_vec {
    void **items;
    size_t len, cap;
} ut_vec;

void ut_vec_push(ut_vec *v, void *item);
void ut_vec_free(ut_vec *v);

#endif
