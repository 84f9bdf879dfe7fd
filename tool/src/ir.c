/* ir.c - construction and destruction of the tool's IR. */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

ir_node *ir_node_new(ir_kind kind, unsigned begin, unsigned end)
{
    ir_node *n = ut_alloc(sizeof *n);
    n->kind = kind;
    n->begin = begin;
    n->end = end;
    return n;
}

void ir_add_kid(ir_node *parent, ir_node *kid)
{
    ut_vec_push(&parent->kids, kid);
}

static void type_free(ir_type *t)
{
    free(t->prefix);
    free(t->suffix);
}

static void var_free(ir_var *v)
{
    free(v->name);
    free(v->field);
    free(v->attrs);
    type_free(&v->type);
    free(v);
}

void ir_node_free(ir_node *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->kids.len; i++)
        ir_node_free(n->kids.items[i]);
    ut_vec_free(&n->kids);
    if (n->kind == IR_ASYNC_DEF) {
        for (size_t i = 0; i < n->vars.len; i++)
            var_free(n->vars.items[i]);
    }
    ut_vec_free(&n->vars);
    ut_vec_free(&n->calls);
    free(n->anon_name);
    if (n->has_type)
        type_free(&n->type);
    free(n);
}

static void fn_free(ir_fn *fn)
{
    free(fn->name);
    type_free(&fn->ret);
    for (size_t i = 0; i < fn->nparams; i++) {
        free(fn->params[i].name);
        type_free(&fn->params[i].type);
    }
    free(fn->params);
    free(fn);
}

void ir_file_free(ir_file *f)
{
    ir_node_free(f->root);
    for (size_t i = 0; i < f->fns.len; i++)
        fn_free(f->fns.items[i]);
    ut_vec_free(&f->fns);
    for (size_t i = 0; i < f->includes.len; i++)
        free(f->includes.items[i]);
    ut_vec_free(&f->includes);
    free(f->expanded);
    f->expanded = NULL;
    free(f->quoted);
    f->quoted = NULL;
    f->nquoted = 0;
}
