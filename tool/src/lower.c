/*
 * lower.c - from the analysed IR to code pieces.
 *
 * A node lowers to its source text with its kids' ranges replaced by their
 * own lowering ("text with holes"), so comments, macros and layout survive.
 * Only a few kinds lower to something else: a reference to a frame local,
 * a declaration of frame locals, a statement holding an await, a return,
 * and ac_spawn/ac_run/ac_gather. Await positions that this version does not
 * support yet are reported, never lowered wrongly.
 */
#include "lower.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

typedef struct lower {
    ir_file *file;
    ir_node *def;   /* the async definition being lowered, or NULL */
    tv *temps;      /* its result temporaries: {name, type} */
    tv *subs;       /* its embedded callee frames: {member, callee} */
} lower;

static void lower_node(lower *L, ir_node *n, tv *out);

static void text(lower *L, tv *out, unsigned b, unsigned e)
{
    if (e <= b)
        return;
    tv *t = tv_rec("text");
    tv_set(t, "text", tv_strn(L->file->src + b, e - b));
    tv_push(out, t);
}

/* n's text, its kids' ranges replaced by their lowering. */
static void holes(lower *L, ir_node *n, tv *out)
{
    unsigned pos = n->begin;
    for (size_t i = 0; i < n->kids.len; i++) {
        ir_node *k = n->kids.items[i];
        if (k->begin < pos)
            continue; /* the same macro argument, recorded twice */
        text(L, out, pos, k->begin);
        lower_node(L, k, out);
        pos = k->end;
    }
    text(L, out, pos, n->end);
}

static tv *pieces(lower *L, ir_node *n)
{
    tv *out = tv_list();
    holes(L, n, out);
    return out;
}

static tv *type_tv(const ir_type *t)
{
    tv *r = tv_rec("type");
    tv_set(r, "prefix", tv_str(t->prefix));
    tv_set(r, "suffix", tv_str(t->suffix));
    tv_set(r, "void", tv_bool(t->is_void));
    return r;
}

static tv *var_piece(const char *field)
{
    tv *p = tv_rec("var");
    tv_set(p, "field", tv_str(field));
    return p;
}

/* ---- calls and suspension points --------------------------------------- */

static tv *call_tv(lower *L, ir_node *call)
{
    tv *c = tv_rec("call");
    tv_set(c, "callee", tv_str(call->fn->name));
    tv *args = tv_list();
    for (size_t i = 0; i < call->kids.len; i++)
        tv_push(args, pieces(L, call->kids.items[i]));
    tv_set(c, "args", args);
    return c;
}

/* A temporary of type t in the frame, for the result of await `state`. */
static char *new_temp(lower *L, int state, const ir_type *t)
{
    char *name = ut_format("ac_t%d", state);
    tv *r = tv_rec("temp");
    tv_set(r, "name", tv_str(name));
    tv_set(r, "type", type_tv(t));
    tv_push(L->temps, r);
    return name;
}

/* The suspension point of `aw`; *result gets the temporary holding its
 * value when `want` (NULL otherwise). */
static tv *await_piece(lower *L, ir_node *aw, int want, char **result)
{
    ir_node *k = aw->kids.len ? aw->kids.items[0] : NULL;
    tv *p = tv_rec(k && k->kind == IR_GATHER ? "gather" : "await");
    *result = NULL;
    tv_set(p, "state", tv_int(aw->state));
    if (!k)
        return p;
    static const ir_type int_type = {"int ", "", 0, 0, 0, 0, 0};
    const ir_type *rt = k->kind == IR_GATHER ? &int_type : &k->fn->ret;
    if (want && !rt->is_void) {
        *result = new_temp(L, aw->state, rt);
        tv_set(p, "result", tv_str(*result));
    }
    if (k->kind == IR_GATHER) {
        tv *calls = tv_list();
        for (size_t i = 0; i < k->kids.len; i++)
            tv_push(calls, call_tv(L, k->kids.items[i]));
        tv_set(p, "calls", calls);
        return p;
    }
    tv_set(p, "call", call_tv(L, k));
    tv_set(p, "void", tv_bool(k->fn->ret.is_void));
    if (aw->embed) {
        char *member = ut_format("s%d", aw->state);
        tv *s = tv_rec("sub");
        tv_set(s, "member", tv_str(member));
        tv_set(s, "callee", tv_str(k->fn->name));
        tv_push(L->subs, s);
        tv_set(p, "embed", tv_str(member));
        free(member);
    }
    return p;
}

/* The await that is all of expression n (but for parentheses), or NULL. */
static ir_node *whole_await(lower *L, ir_node *n)
{
    if (n->kind == IR_AWAIT)
        return n;
    if (n->kids.len != 1 || ((ir_node *)n->kids.items[0])->kind != IR_AWAIT)
        return NULL;
    ir_node *aw = n->kids.items[0];
    const char *s = L->file->src;
    for (unsigned i = n->begin; i < n->end; i++)
        if ((i < aw->begin || i >= aw->end) && !strchr("() \t\r\n", s[i]))
            return NULL;
    return aw;
}

static void unsupported_await(ir_node *aw)
{
    diag_error(aw->line, aw->col, "'await' in this position is not "
               "supported yet");
    diag_note(aw->line, aw->col, "use it as a statement, as an initializer, "
              "as the right side of '=', or in 'return'");
}

/* A statement made of suspension point `pre` and then `stmt`. */
static tv *with_pre(tv *pre, tv *stmt)
{
    tv *p = tv_rec("with_await");
    tv_set(p, "pre", pre);
    tv_set(p, "stmt", stmt ? stmt : tv_list());
    return p;
}

/* ---- statements --------------------------------------------------------- */

static tv *init_tv(lower *L, ir_var *v, tv *value)
{
    (void)L;
    tv *i = tv_rec("init");
    tv_set(i, "field", tv_str(v->field));
    tv_set(i, "type", type_tv(&v->type));
    tv_set(i, "copy", tv_bool(v->init_is_list || v->type.is_array));
    tv_set(i, "value", value);
    return i;
}

/* int a = 1, b = await f(); with a and b in the frame. */
static void lower_decl(lower *L, ir_node *n, tv *out)
{
    ir_var *first = n->vars.len ? n->vars.items[0] : NULL;
    if (!first || !first->in_frame) {
        holes(L, n, out);
        return;
    }
    tv *inits = tv_list();
    for (size_t i = 0; i < n->vars.len; i++) {
        ir_var *v = n->vars.items[i];
        if (!v->init)
            continue;
        ir_node *aw = whole_await(L, v->init);
        if (!aw) {
            tv_push(inits, init_tv(L, v, pieces(L, v->init)));
            continue;
        }
        if (n->in_for_init)
            unsupported_await(aw);
        char *r;
        tv *pre = await_piece(L, aw, 1, &r);
        tv *value = tv_list();
        if (r)
            tv_push(value, var_piece(r));
        free(r);
        tv *one = tv_list();
        tv_push(one, init_tv(L, v, value));
        tv *d = tv_rec("frame_decl");
        tv_set(d, "inits", one);
        tv_push(inits, with_pre(pre, d));
    }
    tv *d = tv_rec("frame_decl");
    tv_set(d, "inits", inits);
    tv_set(d, "for_init", tv_bool(n->in_for_init));
    tv_push(out, d);
}

static void lower_assign(lower *L, ir_node *a, tv *out)
{
    ir_node *lhs = a->kids.items[0];
    ir_node *aw = a->kids.items[1];
    char *r;
    tv *pre = await_piece(L, aw, 1, &r);
    tv *stmt = tv_rec("assign");
    tv_set(stmt, "lhs", pieces(L, lhs));
    tv *value = tv_list();
    if (r)
        tv_push(value, var_piece(r));
    else
        diag_error(aw->line, aw->col, "awaited function returns void; "
                   "there is no value to assign");
    free(r);
    tv_set(stmt, "value", value);
    tv_push(out, with_pre(pre, stmt));
}

static void lower_expr_stmt(lower *L, ir_node *n, tv *out)
{
    ir_node *k = n->kids.len == 1 ? n->kids.items[0] : NULL;
    if (k && k->kind == IR_AWAIT && k->begin == n->begin) {
        char *r;
        tv_push(out, with_pre(await_piece(L, k, 0, &r), NULL));
        return;
    }
    if (k && k->kind == IR_ASSIGN) {
        lower_assign(L, k, out);
        return;
    }
    holes(L, n, out);
}

static void lower_return(lower *L, ir_node *n, tv *out)
{
    tv *ret = tv_rec("return");
    ir_node *e = n->kids.len ? n->kids.items[0] : NULL;
    ir_node *aw = e ? whole_await(L, e) : NULL;
    if (!aw) {
        if (e)
            tv_set(ret, "value", pieces(L, e));
        tv_set(ret, "void", tv_bool(L->def->fn->ret.is_void));
        tv_push(out, ret);
        return;
    }
    char *r;
    tv *pre = await_piece(L, aw, !L->def->fn->ret.is_void, &r);
    tv_set(ret, "void", tv_bool(L->def->fn->ret.is_void));
    if (r) {
        tv *value = tv_list();
        tv_push(value, var_piece(r));
        tv_set(ret, "value", value);
    }
    free(r);
    tv_push(out, with_pre(pre, ret));
}

static void lower_task(lower *L, ir_node *n, tv *out)
{
    tv *p = tv_rec(n->kind == IR_RUN ? "run" : "spawn");
    if (n->kids.len)
        tv_set(p, "call", call_tv(L, n->kids.items[0]));
    tv_push(out, p);
}

static void lower_node(lower *L, ir_node *n, tv *out)
{
    switch (n->kind) {
    case IR_VARREF:
        if (n->var->in_frame)
            tv_push(out, var_piece(n->var->field));
        else
            text(L, out, n->begin, n->end);
        break;
    case IR_DECL:
        lower_decl(L, n, out);
        break;
    case IR_EXPR_STMT:
        lower_expr_stmt(L, n, out);
        break;
    case IR_RETURN:
        lower_return(L, n, out);
        break;
    case IR_SPAWN:
    case IR_RUN:
        lower_task(L, n, out);
        break;
    case IR_AWAIT:
    case IR_ASSIGN:
        unsupported_await(n->kind == IR_AWAIT ? n : n->kids.items[1]);
        holes(L, n, out);
        break;
    default:
        holes(L, n, out);
        break;
    }
}

/* ---- functions and the file --------------------------------------------- */

static tv *fn_tv(ir_fn *fn)
{
    tv *r = tv_rec("fn");
    tv_set(r, "name", tv_str(fn->name));
    tv_set(r, "static", tv_bool(fn->is_static));
    tv_set(r, "ret", type_tv(&fn->ret));
    tv *params = tv_list();
    for (size_t i = 0; i < fn->nparams; i++) {
        tv *p = tv_rec("param");
        tv_set(p, "type", type_tv(&fn->params[i].type));
        tv_push(params, p);
    }
    tv_set(r, "params", params);
    tv_set(r, "defined", tv_bool(fn->def != NULL));
    tv_set(r, "need_await", tv_bool(fn->need_await));
    tv_set(r, "need_spawn", tv_bool(fn->need_spawn));
    tv_set(r, "need_run", tv_bool(fn->need_run));
    return r;
}

static tv *frame_tv(ir_node *def)
{
    tv *fields = tv_list();
    for (size_t i = 0; i < def->vars.len; i++) {
        ir_var *v = def->vars.items[i];
        if (!v->in_frame)
            continue;
        tv *f = tv_rec("field");
        tv_set(f, "name", tv_str(v->field));
        tv_set(f, "type", type_tv(&v->type));
        tv_set(f, "param", tv_bool(v->is_param));
        tv_push(fields, f);
    }
    return fields;
}

static tv *lower_def(lower *L, ir_node *def)
{
    L->def = def;
    L->temps = tv_list();
    L->subs = tv_list();
    tv *r = tv_rec("async_def");
    tv_set(r, "fn", fn_tv(def->fn));
    tv_set(r, "line", tv_int(def->line));
    tv_set(r, "body_line", tv_int(def->body->line));
    tv_set(r, "fields", frame_tv(def));
    tv *states = tv_list();
    for (size_t i = 0; i < def->calls.len; i++)
        tv_push(states, tv_int(((ir_node *)def->calls.items[i])->state));
    tv_set(r, "states", states);
    /* The body without its braces: the template wraps it. */
    ir_node inner = *def->body;
    inner.begin++;
    inner.end--;
    tv_set(r, "body", pieces(L, &inner));
    tv_set(r, "temps", L->temps);
    tv_set(r, "subs", L->subs);
    L->def = NULL;
    return r;
}

static unsigned line_of(lower *L, unsigned off)
{
    unsigned line = 1;
    for (unsigned i = 0; i < off && i < L->file->len; i++)
        line += L->file->src[i] == '\n';
    return line;
}

/* Text from `pos` to `end`; after generated code (`*sync`), a #line marker
 * at the first line start, so that what follows maps to the source. */
static void file_text(lower *L, tv *items, unsigned pos, unsigned end,
                      int *sync)
{
    if (*sync) {
        const char *nl = memchr(L->file->src + pos, '\n', end - pos);
        if (!nl) {
            text(L, items, pos, end);
            return;
        }
        unsigned cut = (unsigned)(nl - L->file->src) + 1;
        text(L, items, pos, cut);
        tv *m = tv_rec("line");
        tv_set(m, "line", tv_int(line_of(L, cut)));
        tv_push(items, m);
        pos = cut;
        *sync = 0;
    }
    text(L, items, pos, end);
}

static void glue_before(lower *L, ir_node *top, tv *items)
{
    for (size_t i = 0; i < L->file->fns.len; i++) {
        ir_fn *fn = L->file->fns.items[i];
        if (fn->glue_before != top)
            continue;
        tv *d = tv_rec("decls");
        tv_set(d, "fn", fn_tv(fn));
        tv_set(d, "line", tv_int(top->line));
        tv_push(items, d);
    }
}

static tv *top_item(lower *L, ir_node *n)
{
    tv *item;
    switch (n->kind) {
    case IR_ASYNC_DEF:
        return lower_def(L, n);
    case IR_ASYNC_PROTO:
        item = tv_rec("proto");
        tv_set(item, "fn", fn_tv(n->fn));
        tv_set(item, "line", tv_int(n->line));
        return item;
    default:
        item = tv_rec("plain");
        tv_set(item, "body", pieces(L, n));
        return item;
    }
}

tv *lower_file(ir_file *file)
{
    lower L = {file, NULL, NULL, NULL};
    tv *r = tv_rec("file");
    tv_set(r, "path", tv_str(file->path));
    tv *items = tv_list();
    unsigned pos = 0;
    int sync = 0;
    for (size_t i = 0; i < file->root->kids.len; i++) {
        ir_node *n = file->root->kids.items[i];
        file_text(&L, items, pos, n->begin, &sync);
        size_t before = items->items.len;
        glue_before(&L, n, items);
        if (items->items.len != before && n->kind == IR_PLAIN_DEF) {
            tv *m = tv_rec("line");
            tv_set(m, "line", tv_int(n->line));
            tv_push(items, m);
        }
        tv_push(items, top_item(&L, n));
        sync = n->kind != IR_PLAIN_DEF;
        pos = n->end;
    }
    file_text(&L, items, pos, (unsigned)file->len, &sync);
    tv_set(r, "items", items);
    return r;
}
