/*
 * analyse.c - suspension points, frame layout decisions and checks.
 *
 * Frame membership: a local lives in the frame only when it is live across
 * a suspension point (see "liveness" below); otherwise it stays a C local
 * of the resume function, where gdb shows it by its own name. static and
 * extern locals never live in the frame.
 */
#include "analyse.h"

#include <stddef.h>
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

/* A unique frame member name: the local's own, or NAME__2, NAME__3...
 * (members of nested scopes sit in anonymous structs, one namespace). */
static char *field_name(ir_node *def, const char *name)
{
    char *f = ut_strdup(name);
    for (int k = 2; field_taken(def, f); k++) {
        free(f);
        f = ut_format("%s__%d", name, k);
    }
    return f;
}

#define OUT_OF_FRAME "keep it in a block without an await, or in static " \
                     "or allocated memory the frame points to"

/* Is `name` one the generated code of an async function uses (ac_fr,
 * ac_tk, ac_t1, ...)? A local or parameter so named would clash. */
static int reserved_name(const char *name)
{
    static const char *fixed[] = {"fr", "hdr", "tk", "ret", "rv", "sub",
                                  "drop", "mem", "f", "r", "c", "fn"};
    if (strncmp(name, "ac_", 3) != 0)
        return 0;
    const char *rest = name + 3;
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
        if (!strcmp(rest, fixed[i]))
            return 1;
    if (!strncmp(rest, "anon_", 5))
        rest += 4;
    return strchr("tvca_", rest[0]) && rest[0] && rest[1] &&
           strspn(rest + 1, "0123456789") == strlen(rest + 1);
}

/* A va_list parameter (an array of a struct on x86-64, a pointer to it as
 * a parameter), which va_arg cannot take from the frame. */
static int va_list_param(const ir_var *v)
{
    const char *t = v->type.prefix;
    return v->is_param && (!strcmp(t, "struct __va_list_tag *") ||
                           !strcmp(t, "va_list ") ||
                           !strcmp(t, "__builtin_va_list ") ||
                           !strcmp(t, "__gnuc_va_list "));
}

static void check_names(const ir_var *v)
{
    if (reserved_name(v->name))
        diag_error(v->line, v->col, "'%s' is a name that asyncc's generated "
                   "code uses (ac_ followed by fr, tk, t1, v1...); rename it",
                   v->name);
    if (va_list_param(v))
        diag_error(v->line, v->col, "async function parameter '%s' is a "
                   "va_list, which va_arg cannot read from a frame; pass a "
                   "pointer to it (va_list *)", v->name);
}

static void check_var(ir_var *v)
{
    check_names(v);
    if (v->type.is_vla)
        diag_error(v->line, v->col, "variable-length array '%s' in an async "
                   "function; its frame needs a size known at compile time",
                   v->name);
    else if (v->in_frame && v->type.is_anonymous)
        diag_error(v->line, v->col, "local '%s' of an unnamed struct, union "
                   "or enum type lives across an await; give the type a "
                   "name or a typedef", v->name);
    else if (v->in_frame && v->has_cleanup)
        diag_error(v->line, v->col, "local '%s' with a cleanup attribute "
                   "lives across an await, where asyncc cannot run its "
                   "cleanup; release it explicitly before its scope ends",
                   v->name);
    else if (v->in_frame && v->has_align && !v->type.own_align) {
        diag_error(v->line, v->col, "'%s' lives across an await and has an "
                   "alignment of its own that is not an integer literal; "
                   "the frame keeps one written as _Alignas(64) or "
                   "aligned(64): " OUT_OF_FRAME, v->name);
        diag_note(v->line, v->col, "or give the alignment to its type, "
                  "which the frame keeps (typedef struct { _Alignas(64) "
                  "char b[64]; } line_t;)");
    }
}

/* ---- liveness --------------------------------------------------------------
 * A local needs the frame when it is live across a suspension point S: S
 * lies in its scope after its declaration (not in its own initializer),
 * and the local is used after S (from the start of S's statement on, since
 * a statement's operands may be read after its await, but not in the
 * awaited call's own arguments) or anywhere in a loop of its scope around
 * S. A
 * local whose address is taken, an array, or any local of a function with
 * goto is kept whenever such an S exists. Parameters are stored when the
 * frame is made, so each one that is used lives in the frame.
 */

typedef struct site {
    unsigned begin, end;   /* the await or the use */
    unsigned stmt_begin;   /* the innermost statement around it */
    ir_var *var;           /* uses: the local */
    ir_node **loops;       /* enclosing loops, innermost last */
    size_t nloops;
} site;

typedef struct sites {
    site *v;
    size_t n;
} sites;

typedef struct walk {
    sites points, uses;
    ut_vec loops;          /* ir_node *: the loops around the walk */
    unsigned stmt_begin;
} walk;

static void add_site(sites *s, const walk *w, ir_node *n, ir_var *var)
{
    s->v = ut_realloc(s->v, (s->n + 1) * sizeof *s->v);
    site *x = &s->v[s->n++];
    x->begin = n->begin;
    x->end = n->end;
    x->stmt_begin = w->stmt_begin;
    x->var = var;
    x->nloops = w->loops.len;
    x->loops = ut_alloc((x->nloops + 1) * sizeof *x->loops);
    if (x->nloops)
        memcpy(x->loops, w->loops.items, x->nloops * sizeof *x->loops);
}

static void free_sites(sites *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i].loops);
    free(s->v);
}

static int is_loop(const ir_node *n)
{
    return n->kind == IR_WHILE || n->kind == IR_DO || n->kind == IR_FOR;
}

static int is_stmt(const ir_node *n)
{
    return n->kind >= IR_FOR && n->kind <= IR_STMT && n->kind != IR_CONTINUE;
}

static void collect_sites(ir_node *n, walk *w)
{
    if (n->kind == IR_AWAIT)
        add_site(&w->points, w, n, NULL);
    if (n->kind == IR_VARREF)
        add_site(&w->uses, w, n, n->var);
    unsigned outer_stmt = w->stmt_begin;
    if (is_stmt(n))
        w->stmt_begin = n->begin;
    if (is_loop(n))
        ut_vec_push(&w->loops, n);
    for (size_t i = 0; i < n->kids.len; i++)
        collect_sites(n->kids.items[i], w);
    if (is_loop(n))
        w->loops.len--;
    w->stmt_begin = outer_stmt;
}

static int inside(const ir_node *outer, unsigned b, unsigned e)
{
    return b >= outer->begin && e <= outer->end;
}

/* Is use u of v live across suspension point s? */
static int live_after(const ir_var *v, const site *s, const site *u)
{
    for (size_t i = 0; i < s->nloops; i++) {
        const ir_node *l = s->loops[i];
        if (inside(v->scope, l->begin, l->end) &&
            inside(l, u->begin, u->end))
            return 1; /* read again on a later pass */
    }
    if (u->begin >= s->begin && u->end <= s->end)
        return 0; /* an argument of the awaited call: read before it */
    return u->begin >= s->stmt_begin;
}

static int needs_frame(const ir_node *def, const ir_var *v, const walk *w)
{
    if (v->is_static || !v->scope)
        return 0;
    for (size_t i = 0; i < w->uses.n; i++)
        if (v->is_param && w->uses.v[i].var == v)
            return 1;
    for (size_t i = 0; !v->is_param && i < w->points.n; i++) {
        const site *s = &w->points.v[i];
        if (s->begin < v->decl_off || !inside(v->scope, s->begin, s->end))
            continue;
        if (v->init && inside(v->init, s->begin, s->end))
            continue; /* its own initializer: v is not alive yet */
        if (v->address_taken || v->type.is_array || def->has_goto ||
            v->has_cleanup) /* its cleanup reads it when its scope ends */
            return 1;
        for (size_t k = 0; k < w->uses.n; k++)
            if (w->uses.v[k].var == v && live_after(v, s, &w->uses.v[k]))
                return 1;
    }
    return 0;
}

static void place_vars(ir_node *def)
{
    walk w = {0};
    collect_sites(def->body, &w);
    for (size_t i = 0; i < def->vars.len; i++) {
        ir_var *v = def->vars.items[i];
        v->in_frame = needs_frame(def, v, &w);
        check_var(v);
        if (v->in_frame)
            v->field = field_name(def, v->name);
    }
    free_sites(&w.points);
    free_sites(&w.uses);
    ut_vec_free(&w.loops);
}

static ir_var *frame_var_of(const ir_node *decl)
{
    for (size_t i = 0; i < decl->vars.len; i++) {
        ir_var *v = decl->vars.items[i];
        if (v->in_frame)
            return v;
    }
    return NULL;
}

/* Declarations whose locals moved to the frame must be rewritable; the
 * init clause of a for keeps all its locals in the frame or none (it is
 * one declaration or one expression list). */
static void check_decls(ir_node *def, ir_node *n)
{
    ir_var *v = n->kind == IR_DECL ? frame_var_of(n) : NULL;
    if (v && n->in_for_init) {
        for (size_t i = 0; i < n->vars.len; i++) {
            ir_var *o = n->vars.items[i];
            if (!o->in_frame && !o->is_static) {
                o->in_frame = 1;
                o->field = field_name(def, o->name);
            }
        }
    }
    if (v && n->in_macro)
        diag_error(n->line, n->col, "declaration of '%s' inside a macro "
                   "expansion lives across an await; not supported yet",
                   v->name);
    else if (v && n->defines_type && n->type_def.end == n->type_def.begin)
        diag_error(n->line, n->col, "declaration declares a type and local "
                   "'%s' that lives across an await; declare the type on "
                   "its own first", v->name);
    for (size_t i = 0; i < n->kids.len; i++)
        check_decls(def, n->kids.items[i]);
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
/* Does the body of `from` await `to`, directly or through functions this
 * file defines? (`seen` guards against cycles.) */
static int reaches(ir_fn *from, ir_fn *to, ut_vec *seen)
{
    if (from == to)
        return 1;
    if (!from->def)
        return 0;
    for (size_t i = 0; i < seen->len; i++)
        if (seen->items[i] == from)
            return 0;
    ut_vec_push(seen, from);
    for (size_t i = 0; i < from->def->calls.len; i++) {
        ir_node *aw = from->def->calls.items[i];
        ir_node *k = aw->kids.len ? aw->kids.items[0] : NULL;
        if (k && k->kind == IR_CALL && !k->fn->is_pointer &&
            reaches(k->fn, to, seen))
            return 1;
    }
    return 0;
}

/* A callee defined in this file that cannot come back to the caller (no
 * recursion) gets its frame embedded in the caller's: never allocated. */
static int embeddable(ir_fn *callee, ir_node *caller)
{
    if (!callee->def || !caller || caller->kind != IR_ASYNC_DEF)
        return 0;
    ut_vec seen = {0};
    int cycle = reaches(callee, caller->fn, &seen);
    ut_vec_free(&seen);
    return !cycle;
}

static void mark_uses(ir_node *n, ir_node *top, unsigned order)
{
    if (n->kind == IR_FNREF) {
        n->fn->need_await = 1; /* the value is its await entry point */
        note_use(n->fn, top);
    }
    if (n->kind == IR_AWAIT && n->kids.len) {
        ir_node *k = n->kids.items[0];
        if (k->kind == IR_CALL && !k->fn->is_pointer) {
            ir_fn *fn = k->fn;
            n->embed = embeddable(fn, top);
            if (!n->embed)
                fn->need_await = 1;
            if (!n->embed || fn->def_order > order)
                note_use(fn, top); /* declared before use */
        }
    }
    if (n->kind == IR_SPAWN || n->kind == IR_RUN || n->kind == IR_GATHER) {
        for (size_t i = 0; i < n->kids.len; i++) {
            ir_node *call = n->kids.items[i];
            if (call->fn->is_pointer)
                continue; /* glue of its own, made where it is used */
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

/* A compound literal lives as long as its block: when that block holds a
 * suspension point, its object moves to the frame (an awaited callee or a
 * later pass may still use it). */
static void mark_complits(ir_node *n, ir_node *scope)
{
    if (n->kind == IR_BLOCK || n->kind == IR_FOR)
        scope = n;
    if (n->kind == IR_EXPR && n->op == OP_COMPLIT)
        n->in_frame = scope->has_await;
    for (size_t i = 0; i < n->kids.len; i++)
        mark_complits(n->kids.items[i], scope);
}

static void analyse_def(ir_node *def)
{
    mark_awaits(def->body, def);
    for (size_t i = 0; i < def->calls.len; i++)
        ((ir_node *)def->calls.items[i])->state = (int)i + 1;
    place_vars(def);
    mark_complits(def->body, def->body);
    mark_for_init(def->body);
    if (def->fn->ret.align > IR_FRAME_ALIGN)
        diag_error(def->line, def->col, "async function '%s' returns a "
                   "type that needs %u-byte alignment, more than the %u "
                   "bytes (max_align_t) its result gets in its awaiter's "
                   "frame or its task; return it through a pointer",
                   def->fn->name, (unsigned)def->fn->ret.align,
                   (unsigned)IR_FRAME_ALIGN);
    check_decls(def, def->body);
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
