/*
 * tree.h - a small value tree (strings, integers, booleans, lists and
 * records) that lower.c fills and emit.c hands to the Lua templates as
 * tables. It keeps the lowering free of output syntax and of Lua.
 */
#ifndef ASYNCC_TREE_H
#define ASYNCC_TREE_H

#include <stddef.h>

#include "util.h"

typedef enum tv_kind { TV_STR, TV_INT, TV_BOOL, TV_LIST, TV_REC } tv_kind;

typedef struct tv {
    tv_kind kind;
    char *str;     /* TV_STR */
    long num;      /* TV_INT, TV_BOOL */
    ut_vec items;  /* TV_LIST: tv *; TV_REC: values */
    ut_vec keys;   /* TV_REC: char *, parallel to items */
} tv;

tv *tv_str(const char *s);
tv *tv_strn(const char *s, size_t n);
tv *tv_int(long n);
tv *tv_bool(int b);
tv *tv_list(void);
tv *tv_rec(const char *kind); /* a record with field kind = `kind` */
void tv_push(tv *list, tv *v);
void tv_set(tv *rec, const char *key, tv *v); /* takes v */
void tv_free(tv *v);

#endif
