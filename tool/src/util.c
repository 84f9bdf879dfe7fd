/* util.c - checked allocation, growable strings and arrays. */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(void)
{
    fputs("asyncc: out of memory\n", stderr);
    exit(2);
}

void *ut_alloc(size_t size)
{
    void *p = calloc(1, size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *ut_realloc(void *p, size_t size)
{
    p = realloc(p, size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

char *ut_strndup(const char *s, size_t n)
{
    char *d = ut_alloc(n + 1);
    memcpy(d, s, n);
    return d;
}

char *ut_strdup(const char *s)
{
    return ut_strndup(s, strlen(s));
}

char *ut_format(const char *fmt, ...)
{
    ut_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    b.data = ut_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(b.data, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return b.data;
}

static void reserve(ut_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->data = ut_realloc(b->data, cap);
    b->cap = cap;
}

void ut_buf_add(ut_buf *b, const char *s, size_t n)
{
    reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void ut_buf_puts(ut_buf *b, const char *s)
{
    ut_buf_add(b, s, strlen(s));
}

void ut_buf_printf(ut_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *ut_buf_take(ut_buf *b)
{
    char *s = b->data ? b->data : ut_strdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void ut_vec_push(ut_vec *v, void *item)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = ut_realloc(v->items, v->cap * sizeof *v->items);
    }
    v->items[v->len++] = item;
}

void ut_vec_free(ut_vec *v)
{
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}
