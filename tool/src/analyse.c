/*
 * analyse.c - suspension points, frame layout decisions and checks.
 *
 * Frame membership: a local lives in the frame when the block that scopes
 * it contains a suspension point (its value or address may be needed after
 * a resume); otherwise it stays a C local of the resume function.
 * Parameters always live in the frame: they are stored when the frame is
 * made and read when it first runs. static and extern locals never do.
 */
#include "analyse.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

/* Marks has_await bottom-up; collects the def's awaits in source order. */
static int mark_awaits(ir_node *n, ir_node *def)
{
    int any = n->kind == IR_AWAIT;
    if (any)
        ut_vec_push(&def->calls, n);
    for (size_t i = 0; i < n->kids.len; i++)
        any |= mark_awaits(n->kids.items[i], def);
    n->has_await = any;
    return any;
}

static int field_taken(ir_node *def, const char *name)
{
    for (size_t i = 0; i < def->vars.len; i++) {
        ir_var *v = def->vars.items[i];
        if (v->field && strcmp(v->field, name) == 0)
            return 1;
    }
    return 0;
}

/* A unique frame member name: the local's own, or NAME__2, NAME__3... */
static char *field_name(ir_node *def, const char *name)
{
    char *f = ut_strdup(name);
    for (int k = 2; field_taken(def, f); k++) {
        free(f);
        f = ut_format("%s__%d", name, k);
    }
    return f;
}

static void check_var(ir_var *v)
{
    if (v->type.is_vla)
        diag_error(v->line, v->col, "variable-length array '%s' in an async "
                   "function; its frame needs a size known at compile time",
                   v->name);
    else if (v->in_frame && v->type.is_anonymous)
        diag_error(v->line, v->col, "local '%s' of an unnamed struct, union "
                   "or enum type lives across an await; give the type a "
                   "name or a typedef", v->name);
}

static void place_vars(ir_node *def)
{
    for (size_t i = 0; i < def->vars.len; i++) {
        ir_var *v = def->vars.items[i];
        v->in_frame = v->is_param || (!v->is_static && v->scope &&
                                      v->scope->has_await);
        check_var(v);
        if (v->in_frame)
            v->field = field_name(def, v->name);
    }
}

/* Declarations whose locals moved to the frame must be rewritable. */
static void check_decls(ir_node *n)
{
    if (n->kind == IR_DECL && n->vars.len) {
        ir_var *v = n->vars.items[0];
        if (v->in_frame && n->in_macro)
            diag_error(n->line, n->col, "declaration of '%s' inside a macro "
                       "expansion lives across an await; not supported yet",
                       v->name);
        else if (v->in_frame && n->defines_type)
            diag_error(n->line, n->col, "declaration defines a type and "
                       "local '%s' that lives across an await; declare the "
                       "type on its own first", v->name);
    }
    for (size_t i = 0; i < n->kids.len; i++)
        check_decls(n->kids.items[i]);
}

static void mark_for_init(ir_node *n)
{
    if (n->kind == IR_FOR)
        for (size_t i = 0; i < n->kids.len; i++) {
            ir_node *k = n->kids.items[i];
            if (k->kind == IR_DECL) /* a for can declare only in its init */
                k->in_for_init = 1;
        }
    for (size_t i = 0; i < n->kids.len; i++)
        mark_for_init(n->kids.items[i]);
}

static void note_use(ir_fn *fn, ir_node *top)
{
    if (!fn->glue_before)
        fn->glue_before = top;
}

/* Records what each called function needs; `top` is the top-level node. */
static void mark_uses(ir_node *n, ir_node *top, unsigned order)
{
    if (n->kind == IR_AWAIT && n->kids.len) {
        ir_node *k = n->kids.items[0];
        if (k->kind == IR_CALL) {
            ir_fn *fn = k->fn;
            n->embed = fn->def && fn->def_order && fn->def_order < order;
            if (!n->embed) {
                fn->need_await = 1;
                note_use(fn, top);
            }
        }
    }
    if (n->kind == IR_SPAWN || n->kind == IR_RUN || n->kind == IR_GATHER) {
        for (size_t i = 0; i < n->kids.len; i++) {
            ir_node *call = n->kids.items[i];
            if (n->kind == IR_RUN)
                call->fn->need_run = 1;
            else
                call->fn->need_spawn = 1;
            note_use(call->fn, top);
        }
    }
    for (size_t i = 0; i < n->kids.len; i++)
        mark_uses(n->kids.items[i], top, order);
}

static void analyse_def(ir_node *def)
{
    mark_awaits(def->body, def);
    for (size_t i = 0; i < def->calls.len; i++)
        ((ir_node *)def->calls.items[i])->state = (int)i + 1;
    place_vars(def);
    mark_for_init(def->body);
    check_decls(def->body);
}

/* A declaration or definition in the main file before `top` makes the
 * function's entry points known there. */
static void settle_glue(ir_file *file)
{
    for (size_t i = 0; i < file->fns.len; i++) {
        ir_fn *fn = file->fns.items[i];
        if (!fn->glue_before)
            continue;
        for (size_t k = 0; k < file->root->kids.len; k++) {
            ir_node *n = file->root->kids.items[k];
            if (n == fn->glue_before)
                break;
            if ((n->kind == IR_ASYNC_DEF || n->kind == IR_ASYNC_PROTO) &&
                n->fn == fn) {
                fn->glue_before = NULL;
                break;
            }
        }
    }
}

void analyse_file(ir_file *file)
{
    ir_node *root = file->root;
    for (size_t i = 0; i < root->kids.len; i++) {
        ir_node *n = root->kids.items[i];
        if (n->kind == IR_ASYNC_DEF)
            analyse_def(n);
    }
    for (size_t i = 0; i < root->kids.len; i++) {
        ir_node *n = root->kids.items[i];
        unsigned order = n->kind == IR_ASYNC_DEF ? n->fn->def_order : 0;
        mark_uses(n, n, order);
    }
    settle_glue(file);
}
