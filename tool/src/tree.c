/* tree.c - the value tree handed from the lowering to the templates. */
#include "tree.h"

#include <stdlib.h>

static tv *make(tv_kind kind)
{
    tv *v = ut_alloc(sizeof *v);
    v->kind = kind;
    return v;
}

tv *tv_strn(const char *s, size_t n)
{
    tv *v = make(TV_STR);
    v->str = ut_strndup(s, n);
    return v;
}

tv *tv_str(const char *s)
{
    tv *v = make(TV_STR);
    v->str = ut_strdup(s);
    return v;
}

tv *tv_int(long n)
{
    tv *v = make(TV_INT);
    v->num = n;
    return v;
}

tv *tv_bool(int b)
{
    tv *v = make(TV_BOOL);
    v->num = b != 0;
    return v;
}

tv *tv_list(void)
{
    return make(TV_LIST);
}

tv *tv_rec(const char *kind)
{
    tv *v = make(TV_REC);
    tv_set(v, "kind", tv_str(kind));
    return v;
}

void tv_push(tv *list, tv *v)
{
    ut_vec_push(&list->items, v);
}

void tv_set(tv *rec, const char *key, tv *v)
{
    ut_vec_push(&rec->keys, ut_strdup(key));
    ut_vec_push(&rec->items, v);
}

void tv_free(tv *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->items.len; i++)
        tv_free(v->items.items[i]);
    for (size_t i = 0; i < v->keys.len; i++)
        free(v->keys.items[i]);
    ut_vec_free(&v->items);
    ut_vec_free(&v->keys);
    free(v->str);
    free(v);
}
