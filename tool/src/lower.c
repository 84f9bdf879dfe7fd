/*
 * lower.c - from the analysed IR to code pieces.
 *
 * A node lowers to its source text with its kids' ranges replaced by their
 * own lowering ("text with holes"), so comments, macros and layout survive.
 * What holds an await is taken apart instead:
 *
 * - An expression is split at its awaits. Statements that must run first
 *   (suspension points, early evaluations) go to a `pre` list; what is left
 *   is the expression's value. Operands are evaluated left to right: those
 *   before the last operand holding an await are evaluated into frame
 *   temporaries first, unless they must stay lvalues or cannot change.
 *   &&, || and ?: become ifs, so an awaited call runs only where C would
 *   evaluate it; a comma runs its left side as a statement.
 * - A statement holding such an expression becomes a block: `pre`, then the
 *   statement on the value. A loop whose condition or increment awaits is
 *   rebuilt as `for (;;)` with the test inside (do-while and for get a
 *   label that their `continue`s jump to).
 */
#include "lower.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

typedef struct lower {
    ir_file *file;
    ir_node *def;   /* the async definition being lowered, or NULL */
    int macro_returns; /* statements with a return in a macro's body */
    tv *temps;      /* its frame temporaries: {name, type, group} */
    int group;      /* statements lowered so far: temporaries of one
                       statement's expressions are dead when another's
                       are evaluated, so their storage is shared */
    tv *subs;       /* its embedded callee frames: {member, callee} */
    int nvalues;    /* temporaries for early evaluation so far */
    int nconts;     /* continue labels so far */
    unsigned *newlines; /* offsets of the file's newlines (line_of) */
    size_t nnewlines;
    const ir_node *stmt; /* the innermost statement being lowered (where
                            its diagnostics point), or NULL */
} lower;

static void lower_node(lower *L, ir_node *n, tv *out);
static tv *lower_expr(lower *L, ir_node *n, tv *pre);
static unsigned line_of(lower *L, unsigned off);
static tv *var_piece(const char *field);
static tv *var_ref(const ir_var *v);
static tv *never_evaluated(const ir_node *n);

/* Text of the file; its line lets the templates keep it on that line. */
static void text(lower *L, tv *out, unsigned b, unsigned e)
{
    if (e <= b)
        return;
    tv *t = tv_rec("text");
    tv_set(t, "text", tv_strn(L->file->src + b, e - b));
    tv_set(t, "line", tv_int(line_of(L, b)));
    tv_push(out, t);
}

/* ---- macros that quote their arguments ---------------------------------- */

/* A macro that makes a string of its argument (assert, a CHECK(c) that
 * prints #c) must be given the argument as written, not `ac_fr->x ==
 * ac_fr->ac_t1`. Its invocation is spelled as in the file, between
 * macros that give its names the meaning they have in the frame:
 *     #pragma push_macro("x")   #undef x     #define x (ac_fr->x)
 *     #pragma push_macro("get") #undef get   #define get(...) (ac_fr->ac_t1)
 *     assert(x == await get(1))
 *     #pragma pop_macro("get")  #pragma pop_macro("x")
 * (asyncc.h's `await` is __extension__). Only frame locals and awaits of
 * a function named in the file, each name meaning one thing and never a
 * member, a tag or a macro, are spelled so; anything else keeps the
 * lowering. */

/* The index of the first quoted invocation that begins at or after off. */
static size_t first_quoted(lower *L, unsigned off)
{
    size_t lo = 0, hi = L->file->nquoted;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (L->file->quoted[mid].begin < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int is_ident(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* The identifier the text of await `aw` calls (`await get (1)`), or 0:
 * its length, at *name. aw is an IR_AWAIT of a call, or an await never
 * evaluated (OP_UNEVALUATED, which has no call node). */
static size_t awaited_name(lower *L, const ir_node *aw, const char **name)
{
    const ir_node *call = aw->kids.len ? aw->kids.items[0] : NULL;
    const char *s = L->file->src;
    unsigned i = aw->begin + 5, end = aw->end;
    if (aw->kind == IR_AWAIT && (!call || call->kind != IR_CALL))
        return 0;
    if (strncmp(s + aw->begin, "await", 5) || !isspace((unsigned char)s[i]))
        return 0;
    while (i < end && isspace((unsigned char)s[i]))
        i++;
    unsigned b = i;
    while (i < end && is_ident(s[i]))
        i++;
    unsigned e = i;
    while (i < end && isspace((unsigned char)s[i]))
        i++;
    if ((call && (b != call->begin || call->end != end)) || e == b ||
        isdigit((unsigned char)s[b]) || s[i] != '(' || s[end - 1] != ')')
        return 0;
    *name = s + b;
    return e - b;
}

/* Is `name` (n bytes) in q's text only as an identifier of its own: never
 * after `.`, `->`, `struct`, `union`, `enum` or `goto`? */
static int plain_name(lower *L, const ir_range *q, const char *name,
                      size_t n)
{
    const char *s = L->file->src;
    for (unsigned i = q->begin; i + n <= q->end; i++) {
        if (strncmp(s + i, name, n) != 0 || (i > q->begin &&
            is_ident(s[i - 1])) || (i + n < q->end && is_ident(s[i + n])))
            continue;
        unsigned j = i;
        while (j > q->begin && isspace((unsigned char)s[j - 1]))
            j--;
        if ((j > q->begin && s[j - 1] == '.') ||
            (j > q->begin + 1 && s[j - 1] == '>' && s[j - 2] == '-'))
            return 0;
        unsigned w = j;
        while (w > q->begin && is_ident(s[w - 1]))
            w--;
        static const char *const words[] = {"struct", "union", "enum",
                                            "goto"};
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            if (j - w == strlen(words[k]) && !strncmp(s + w, words[k], j - w))
                return 0;
    }
    return 1;
}

/* The macros a quoted invocation is spelled between. */
typedef struct quote_def {
    const char *name;
    size_t n;
    const ir_var *var;  /* a frame local's name, or */
    const ir_node *aw;  /* the callee of an await, for its value (or of one
                           never evaluated, for a value of its type) */
    int early;          /* the local read early, into ac_v<early> */
} quote_def;

typedef struct quoting {
    quote_def *v;
    size_t n;
} quoting;

/* Are a and b awaits never evaluated of one type, which one macro can
 * stand for (`sizeof(await get(1), await get(2))`)? */
static int same_unevaluated(const ir_node *a, const ir_node *b)
{
    return a && b && a->kind == IR_EXPR && b->kind == IR_EXPR &&
           !strcmp(a->type.prefix, b->type.prefix) &&
           !strcmp(a->type.suffix, b->type.suffix);
}

/* Adds to qt the macro for `name` (n bytes): it means frame local var
 * (read early, into ac_v<early>, if early), or the value of await aw.
 * Returns 0 when the name means another thing already. */
static int quote_name(quoting *qt, const char *name, size_t n,
                      const ir_var *var, const ir_node *aw, int early)
{
    for (size_t i = 0; i < qt->n; i++)
        if (qt->v[i].n == n && !strncmp(qt->v[i].name, name, n))
            return var ? qt->v[i].var == var && qt->v[i].early == early
                       : same_unevaluated(qt->v[i].aw, aw);
    if (var && !var->in_frame && !early)
        return 1; /* a C local of the resume function: its own name */
    qt->v = ut_realloc(qt->v, (qt->n + 1) * sizeof *qt->v);
    qt->v[qt->n++] = (quote_def){name, n, var, aw, early};
    return 1;
}

/* Does the text of [b, e) but for the awaits under k (whose calls their
 * macros drop) compute without side effects: no call, assignment, ++ or
 * --? Then computing it again gives what computing it once gave. */
static int pure_text(lower *L, const ir_node *k, unsigned b, unsigned e)
{
    const char *s = L->file->src;
    for (size_t i = 0; i <= k->kids.len; i++) {
        const ir_node *kid = i < k->kids.len ? k->kids.items[i] : NULL;
        unsigned upto = kid ? kid->begin : e;
        for (unsigned j = b; j < upto; j++) {
            int assign = s[j] == '=' && s[j + 1] != '=' && (j == b ||
                         !strchr("=!<>", s[j - 1]) || (j > b + 1 &&
                         strchr("<>", s[j - 1]) && s[j - 2] == s[j - 1]));
            int step = (s[j] == '+' || s[j] == '-') && s[j + 1] == s[j];
            unsigned w = j;
            while (w < upto && is_ident(s[w]))
                w++;
            unsigned p = w;
            while (p < upto && isspace((unsigned char)s[p]))
                p++;
            int call = w > j && (j == b || !is_ident(s[j - 1])) &&
                       p < upto && s[p] == '(' &&
                       strncmp(s + j, "sizeof", w - j) != 0;
            if (assign || step || call)
                return 0;
        }
        if (kid && kid->kind != IR_AWAIT &&
            !pure_text(L, kid, kid->begin, kid->end))
            return 0;
        if (kid)
            b = kid->end;
    }
    return 1;
}

/* Adds to qt the macros that give the names in node k, inside quoted
 * invocation q, the meaning they have in the frame. Returns 0 when k
 * cannot be spelled as written: an expression the lowering computed
 * before the statement (its text would compute it again), but for an
 * &&, || or ?: whose text has no side effect (its awaits' values stand
 * for them, under the same conditions), a comma whose left side ran as a
 * statement, a compound literal. */
static int quote_node(lower *L, const ir_range *q, const ir_node *k,
                      quoting *qt)
{
    const char *name = NULL;
    size_t n = 0;
    int early = k->early;
    while (k->kind == IR_EXPR && k->kids.len == 1 &&
           ((ir_node *)k->kids.items[0])->kind != IR_AWAIT &&
           ((ir_node *)k->kids.items[0])->begin == k->begin &&
           ((ir_node *)k->kids.items[0])->end == k->end)
        k = k->kids.items[0]; /* x, read early: the same text */
    if (k->kind == IR_VARREF) {
        name = k->var->name;
        n = strlen(name);
        if (k->end - k->begin != n || k->var->names_macro ||
            strncmp(L->file->src + k->begin, name, n))
            return 0;
        return plain_name(L, q, name, n) &&
               quote_name(qt, name, n, k->var, NULL, early ? early : k->early);
    }
    if (k->kind == IR_AWAIT || k->op == OP_UNEVALUATED) {
        const ir_node *call = k->kids.len ? k->kids.items[0] : NULL;
        n = awaited_name(L, k, &name);
        return n && !(call && call->fn->ret.is_void) &&
               plain_name(L, q, name, n) &&
               quote_name(qt, name, n, NULL, k, 0);
    }
    int branches = k->op == OP_LAND || k->op == OP_LOR || k->op == OP_COND;
    if (early && !(branches && early > 0 && pure_text(L, k, k->begin, k->end)))
        return 0;
    if (k->kind != IR_EXPR || k->op == OP_COMPLIT ||
        (k->op == OP_COMMA && k->has_await))
        return 0;
    for (size_t i = 0; i < k->kids.len; i++)
        if (!quote_node(L, q, k->kids.items[i], qt))
            return 0;
    return 1;
}

/* The kids of n from i on that q's text holds, up to *end; whether each
 * can be spelled as written (qt gets their macros). Kids not lowered yet
 * (`lowered` false) must hold no await: spelled as written, they would
 * never be. */
static int quote_kids(lower *L, ir_node *n, size_t i, const ir_range *q,
                      int lowered, quoting *qt, size_t *end)
{
    unsigned pos = q->begin;
    for (; i < n->kids.len; i++) {
        ir_node *k = n->kids.items[i];
        if (k->begin >= q->end)
            break;
        if (k->begin < pos) /* the same macro argument, recorded twice */
            continue;
        if (k->begin < q->begin || k->end > q->end ||
            (!lowered && k->has_await) || !quote_node(L, q, k, qt))
            return 0;
        pos = k->end;
    }
    *end = i;
    return qt->n > 0;
}

/* Spells quoted invocation q, whose text holds n's kids from *i on, as
 * written, and moves *i past them; returns 0, having changed nothing,
 * when it cannot be. vals: the kids' lowerings, if done (freed: the text
 * says what they say). */
static int quote(lower *L, ir_node *n, tv **vals, size_t *i,
                 const ir_range *q, tv *out)
{
    quoting qt = {0};
    size_t end = *i;
    if (!quote_kids(L, n, *i, q, vals != NULL, &qt, &end)) {
        free(qt.v);
        return 0;
    }
    tv *defs = tv_list();
    for (size_t d = 0; d < qt.n; d++) {
        const quote_def *qd = &qt.v[d];
        char *temp = qd->early ? ut_format("ac_v%d", qd->early)
                     : qd->var ? NULL
                               : ut_format("ac_t%d", qd->aw->state);
        tv *r = tv_rec("def");
        tv_set(r, "name", tv_strn(qd->name, qd->n));
        tv_set(r, "call", tv_bool(qd->var == NULL));
        tv *value = tv_list();
        if (qd->aw && qd->aw->kind == IR_EXPR)
            tv_push(value, never_evaluated(qd->aw));
        else
            tv_push(value, temp ? var_piece(temp) : var_ref(qd->var));
        tv_set(r, "value", value);
        tv_push(defs, r);
        free(temp);
    }
    free(qt.v);
    for (size_t j = *i; vals && j < end; j++) {
        tv_free(vals[j]);
        vals[j] = NULL;
    }
    tv *p = tv_rec("quote");
    tv_set(p, "defs", defs);
    tv *body = tv_list();
    text(L, body, q->begin, q->end);
    tv_set(p, "body", body);
    tv_set(p, "first_line", tv_int(line_of(L, q->begin)));
    tv_set(p, "last_line", tv_int(line_of(L, q->end - 1)));
    tv_push(out, p);
    *i = end;
    return 1;
}

/* The text of n from pos up to kid *i (or n's end), with the quoted
 * invocations in it spelled as written where they can be (moving *i past
 * the kids they hold). Returns the position reached. */
static unsigned text_before(lower *L, ir_node *n, tv **vals, size_t *i,
                            unsigned pos, tv *out)
{
    const ir_file *f = L->file;
    for (size_t q = first_quoted(L, pos); q < f->nquoted; q++) {
        const ir_range *r = &f->quoted[q];
        const ir_node *k = *i < n->kids.len ? n->kids.items[*i] : NULL;
        if (r->begin > (k ? k->begin : n->end) || r->end > n->end)
            break;
        unsigned from = pos;
        tv *quoted = tv_list();
        if (quote(L, n, vals, i, r, quoted)) {
            text(L, out, from, r->begin);
            tv_push(out, quoted->items.items[0]);
            quoted->items.len = 0;
            pos = r->end;
        }
        tv_free(quoted);
    }
    const ir_node *k = *i < n->kids.len ? n->kids.items[*i] : NULL;
    unsigned upto = k && k->begin > pos ? k->begin : pos;
    if (!k && n->end > pos)
        upto = n->end;
    text(L, out, pos, upto);
    return upto;
}

/* n's text, kid i replaced by vals[i] (or by its lowering if NULL). */
static void holes_with(lower *L, ir_node *n, tv **vals, tv *out)
{
    unsigned pos = n->begin;
    for (size_t i = 0; i <= n->kids.len; i++) {
        pos = text_before(L, n, vals, &i, pos, out);
        if (i == n->kids.len)
            break;
        ir_node *k = n->kids.items[i];
        if (k->begin < pos) {
            tv_free(vals ? vals[i] : NULL);
            continue; /* the same macro argument, recorded twice */
        }

        if (vals && vals[i])
            tv_push(out, vals[i]);
        else
            lower_node(L, k, out);
        pos = k->end;
    }
}

static void holes(lower *L, ir_node *n, tv *out)
{
    holes_with(L, n, NULL, out);
}

/* The lowering of n, as a list of pieces. */
static tv *pieces(lower *L, ir_node *n)
{
    tv *out = tv_list();
    lower_node(L, n, out);
    return out;
}

static tv *type_tv(const ir_type *t)
{
    tv *r = tv_rec("type");
    tv_set(r, "prefix", tv_str(t->prefix));
    tv_set(r, "suffix", tv_str(t->suffix));
    tv_set(r, "void", tv_bool(t->is_void));
    tv_set(r, "size", tv_int((long)t->size));
    tv_set(r, "align", tv_int((long)t->align));
    tv_set(r, "bytes", tv_bool(ir_kept_as_bytes(t)));
    tv_set(r, "unassignable", tv_bool(t->is_unassignable));
    if (ir_over_aligned(t)) {
        tv_set(r, "over_aligned", tv_bool(1));
        tv_set(r, "frame_align", tv_int((long)IR_FRAME_ALIGN));
    }
    return r;
}

static tv *var_piece(const char *field)
{
    tv *p = tv_rec("var");
    tv_set(p, "field", tv_str(field));
    return p;
}


/* A value of await n's type, which is never evaluated (OP_UNEVALUATED). */
static tv *never_evaluated(const ir_node *n)
{
    tv *u = tv_rec("unevaluated");
    tv_set(u, "type", type_tv(&n->type));
    tv *v = tv_list();
    tv_push(v, u);
    return v;
}

static tv *var_value(const char *field)
{
    tv *v = tv_list();
    tv_push(v, var_piece(field));
    return v;
}

/* Frame member `field` of type t, read through t when the frame holds it
 * as bytes (a type the function declares, an alignment of its own or one
 * past the frame's). */
static tv *typed_var(const char *field, const ir_type *t)
{
    tv *p = var_piece(field);
    if (ir_kept_as_bytes(t) || ir_over_aligned(t))
        tv_set(p, "type", type_tv(t));
    return p;
}

/* Frame local v, as an lvalue. */
static tv *var_ref(const ir_var *v)
{
    return typed_var(v->field, &v->type);
}

/* The length of a type's prefix without its trailing space. */
static int spelled_length(const char *prefix)
{
    size_t n = strlen(prefix);
    while (n && prefix[n - 1] == ' ')
        n--;
    return (int)n;
}

/* A frame temporary of type t, live only while the current statement's
 * expressions are evaluated (group > 0) or, for a compound literal's
 * object, until its block ends (group 0: never shared). One of a type the
 * function declares is bytes in the frame, which only the pieces that
 * read it through its type (typed_var) may name. */
static char *add_temp(lower *L, char *name, const ir_type *t, int group)
{
    const ir_node *at = L->stmt ? L->stmt : L->def;
    if (t->is_anonymous)
        diag_error(at->line, at->col, "a value of an unnamed type "
                   "is needed across an await; give the type a name");
    tv *r = tv_rec("temp");
    tv_set(r, "name", tv_str(name));
    tv_set(r, "type", type_tv(t));
    tv_set(r, "group", tv_int(group));
    tv_push(L->temps, r);
    return name;
}

/* A temporary that pieces name untyped (var_piece): of a type spelled at
 * file scope, or a compound literal's object (group 0). */
static char *new_temp_in(lower *L, char *name, const ir_type *t, int group)
{
    const ir_node *at = L->stmt ? L->stmt : L->def;
    if (t->is_local && group != 0)
        diag_error(at->line, at->col, "a value of type '%.*s%s', "
                   "declared in the function, is needed across an await; "
                   "declare the type at file scope",
                   spelled_length(t->prefix), t->prefix, t->suffix);
    else if (ir_over_aligned(t))
        diag_error(at->line, at->col, "a value of type '%.*s%s', which "
                   "needs %lld-byte alignment, is needed across an await; "
                   "store it in a local before the await",
                   spelled_length(t->prefix), t->prefix, t->suffix,
                   t->align);
    return add_temp(L, name, t, group);
}

static char *new_temp(lower *L, char *name, const ir_type *t)
{
    return new_temp_in(L, name, t, L->group);
}

/* A piece {kind, key1 = v1} (v1 taken). */
static tv *piece1(const char *kind, const char *key, tv *v)
{
    tv *p = tv_rec(kind);
    tv_set(p, key, v);
    return p;
}

/* ---- operands, left to right -------------------------------------------- */

/* Does subtree s write v (assign it, or ++/-- it)? */
static int writes_var(const ir_node *s, const ir_var *v)
{
    if (s->kind == IR_VARREF && s->var == v && s->written)
        return 1;
    for (size_t i = 0; i < s->kids.len; i++)
        if (writes_var(s->kids.items[i], v))
            return 1;
    return 0;
}

/* Does expression k, pure and reading only locals, have the same value
 * after an await of the statement being lowered? Yes if each local it
 * reads (in an operand C evaluates) lives in the frame, has no address
 * taken (no callee reaches it) and the statement writes none (a write
 * sequenced before the await, as `SEQ(x, (x = 5, await f()))` may make,
 * must not be read past). */
static int keeps_value(lower *L, const ir_node *k)
{
    if (k->skipped) /* never evaluated: `sizeof x` */
        return 1;
    if (k->kind == IR_VARREF) {
        const ir_var *v = k->var;
        return v->in_frame && !v->address_taken && L->stmt &&
               !writes_var(L->stmt, v);
    }
    for (size_t i = 0; i < k->kids.len; i++)
        if (!keeps_value(L, k->kids.items[i]))
            return 0;
    return 1;
}

/* Must operand i of n be evaluated before a later operand's await? */
static int evaluate_early(lower *L, const ir_node *n, size_t i,
                          const ir_node *k)
{
    if (k->stable || k->skipped || !k->has_type || k->kind == IR_AWAIT)
        return 0;
    if (k->pure && keeps_value(L, k))
        return 0;
    if (k->type.is_array || k->type.is_void || k->type.is_anonymous ||
        k->type.is_local || k->type.suffix[0] == '(')
        return 0;
    switch (n->op) {
    case OP_ADDR:
    case OP_INCDEC:
        return 0; /* operands that must stay lvalues */
    case OP_ASSIGN:
    case OP_MEMBER:
    case OP_SUBSCRIPT:
    case OP_CALL:
        return i != 0;
    default:
        return 1;
    }
}

static tv *evaluate_now(lower *L, ir_node *k, tv *value, tv *pre)
{
    char *name = new_temp(L, ut_format("ac_v%d", ++L->nvalues), &k->type);
    k->early = L->nvalues;
    tv *set = tv_rec("set");
    tv_set(set, "field", tv_str(name));
    tv_set(set, "type", type_tv(&k->type));
    tv_set(set, "value", value);
    tv_push(pre, set);
    tv *v = var_value(name);
    free(name);
    return v;
}

static tv **operand_values(lower *L, ir_node *n, tv *pre, int all);

/* A brace list or designated element k whose elements must all be read
 * before a later await: each one is evaluated early on its own (the list
 * itself has no value to keep). */
static tv *braces_now(lower *L, ir_node *k, tv *pre)
{
    tv **vals = operand_values(L, k, pre, 1);
    tv *out = tv_list();
    holes_with(L, k, vals, out);
    free(vals);
    return out;
}

/* The values of n's kids (operands or arguments), in C's order: those
 * before the last that awaits (all of them if `all`) are evaluated before
 * its await, where their values could change. */
static tv **operand_values(lower *L, ir_node *n, tv *pre, int all)
{
    size_t count = n->kids.len, last = 0;
    tv **vals = ut_alloc((count + 1) * sizeof *vals);
    for (size_t i = 0; i < count; i++)
        if (((ir_node *)n->kids.items[i])->has_await)
            last = i;
    for (size_t i = 0; i < count; i++) {
        ir_node *k = n->kids.items[i];
        int before = all || i < last;
        if (!before && i > last) {
            vals[i] = pieces(L, k);
        } else if (before && k->op == OP_BRACES) {
            vals[i] = braces_now(L, k, pre);
        } else {
            vals[i] = lower_expr(L, k, pre);
            if (before && evaluate_early(L, n, i, k))
                vals[i] = evaluate_now(L, k, vals[i], pre);
        }
    }
    return vals;
}

/* A compound literal whose object moves to the frame: the literal is
 * copied into a frame member, which stands for it (an lvalue, as the
 * literal is). */
static tv *complit(lower *L, ir_node *n, tv *value)
{
    if (n->op != OP_COMPLIT || !n->in_frame)
        return value;
    char *name = new_temp_in(L, ut_format("ac_c%d", ++L->nvalues), &n->type,
                             0);
    n->early = -1;
    tv *p = tv_rec("complit");
    tv_set(p, "field", tv_str(name));
    tv_set(p, "type", type_tv(&n->type));
    tv_set(p, "value", value);
    free(name);
    tv *out = tv_list();
    tv_push(out, p);
    return out;
}

static tv *operands(lower *L, ir_node *n, tv *pre)
{
    tv **vals = operand_values(L, n, pre, 0);
    tv *out = tv_list();
    holes_with(L, n, vals, out);
    free(vals);
    return complit(L, n, out);
}

/* ---- calls and suspension points ---------------------------------------- */

static tv *signature_tv(const ir_fn *fn)
{
    tv *sig = tv_rec("signature");
    tv_set(sig, "ret", type_tv(&fn->ret));
    tv *params = tv_list();
    for (size_t i = 0; i < fn->nparams; i++)
        tv_push(params, type_tv(&fn->params[i].type));
    tv_set(sig, "params", params);
    return sig;
}

/* A call: the callee (a name, or the value of an async function pointer
 * with its signature) and the argument values, in order. */
static tv *call_tv(lower *L, ir_node *call, tv *pre)
{
    tv *c = tv_rec("call");
    tv *args = tv_list();
    tv **vals = operand_values(L, call, pre, 0);
    size_t first = 0;
    if (call->fn->is_pointer) {
        tv_set(c, "pointer", vals[first++]);
        tv_set(c, "sig", signature_tv(call->fn));
    } else {
        tv_set(c, "callee", tv_str(call->fn->name));
    }
    for (size_t i = first; i < call->kids.len; i++)
        tv_push(args, vals[i]);
    free(vals);
    tv_set(c, "args", args);
    return c;
}

/* The calls of ac_gather(...): all their arguments are evaluated left to
 * right, as one list, before the gather spawns the calls in order. */
static tv *gather_piece(lower *L, ir_node *g, tv *p, tv *pre)
{
    ir_node all = {0};
    all.op = OP_OTHER;
    for (size_t i = 0; i < g->kids.len; i++) {
        ir_node *call = g->kids.items[i];
        for (size_t k = 0; k < call->kids.len; k++)
            ir_add_kid(&all, call->kids.items[k]);
    }
    tv **vals = operand_values(L, &all, pre, 0);
    tv *calls = tv_list();
    size_t at = 0;
    for (size_t i = 0; i < g->kids.len; i++) {
        ir_node *call = g->kids.items[i];
        tv *c = tv_rec("call");
        size_t k = 0;
        if (call->fn->is_pointer) {
            tv_set(c, "pointer", vals[at++]);
            tv_set(c, "sig", signature_tv(call->fn));
            k = 1;
        } else {
            tv_set(c, "callee", tv_str(call->fn->name));
        }
        tv *args = tv_list();
        for (; k < call->kids.len; k++)
            tv_push(args, vals[at++]);
        tv_set(c, "args", args);
        tv_push(calls, c);
    }
    free(vals);
    ut_vec_free(&all.kids);
    tv_set(p, "calls", calls);
    return p;
}

static void embed(lower *L, ir_node *aw, ir_node *call, tv *p)
{
    char *member = ut_format("s%d", aw->state);
    tv *s = tv_rec("sub");
    tv_set(s, "member", tv_str(member));
    tv_set(s, "callee", tv_str(call->fn->name));
    /* Defined further down: its struct is not complete yet here. */
    tv_set(s, "forward", tv_bool(call->fn->def_order > L->def->fn->def_order));
    tv_push(L->subs, s);
    tv_set(p, "embed", tv_str(member));
    free(member);
}

/* Suspension point `aw` goes to `pre`; gives its value (a temporary when
 * `want`, else nothing). */
static tv *lower_await(lower *L, ir_node *aw, tv *pre, int want)
{
    ir_node *k = aw->kids.len ? aw->kids.items[0] : NULL;
    tv *p = tv_rec(k && k->kind == IR_GATHER ? "gather" : "await");
    tv_set(p, "state", tv_int(aw->state));
    tv *value = tv_list();
    if (!k) {
        tv_push(pre, p);
        return value;
    }
    static const ir_type int_type = {.prefix = "int ", .suffix = "",
                                     .size = 4, .align = 4};
    const ir_type *rt = k->kind == IR_GATHER ? &int_type : &k->fn->ret;
    char *result = NULL;
    if (want && !rt->is_void)
        result = new_temp(L, ut_format("ac_t%d", aw->state), rt);
    if (k->kind == IR_GATHER) {
        gather_piece(L, k, p, pre);
    } else {
        tv_set(p, "call", call_tv(L, k, pre));
        tv_set(p, "void", tv_bool(k->fn->ret.is_void));
        if (aw->embed)
            embed(L, aw, k, p);
    }
    if (result) {
        tv_set(p, "result", tv_str(result));
        tv_push(value, var_piece(result));
        free(result);
    } else if (want && rt->is_void) { /* `(void)await f()`, `c ? await
                                          f() : g()` of void functions */
        tv_push(value, tv_rec("void_value"));
    }
    tv_push(pre, p);
    return value;
}

static tv *lower_task(lower *L, ir_node *n, tv *pre)
{
    tv *p = tv_rec(n->kind == IR_RUN ? "run" : "spawn");
    if (n->kids.len)
        tv_set(p, "call", call_tv(L, n->kids.items[0], pre));
    tv *out = tv_list();
    tv_push(out, p);
    return out;
}

/* ---- expressions ---------------------------------------------------------- */

/* a && b, a || b with an await in b: b runs only when C would run it. The
 * result, 0 or 1, is kept in a _Bool, and read as the int a comparison
 * gives (compilers know its range then, and give no -Wsign-compare for
 * `u < (a && await f())`). */
static tv *short_circuit(lower *L, ir_node *n, tv *pre)
{
    static const ir_type bool_type = {.prefix = "_Bool ", .suffix = "",
                                      .size = 1, .align = 1};
    tv *left = lower_expr(L, n->kids.items[0], pre);
    char *t = new_temp(L, ut_format("ac_v%d", ++L->nvalues), &bool_type);
    n->early = L->nvalues;
    tv *right_pre = tv_list();
    tv *right = lower_expr(L, n->kids.items[1], right_pre);
    tv *p = tv_rec("short_circuit");
    tv_set(p, "field", tv_str(t));
    tv_set(p, "op", tv_str(n->op == OP_LAND ? "&&" : "||"));
    tv_set(p, "left", left);
    tv_set(p, "pre", right_pre);
    tv_set(p, "right", right);
    tv_push(pre, p);
    tv *v = tv_list();
    tv_push(v, piece1("truth", "field", tv_str(t)));
    free(t);
    return v;
}

/* c ? a : b with an await in a branch: an if, each branch its own pre. */
static tv *choose(lower *L, ir_node *n, tv *pre)
{
    tv *p = tv_rec("choose");
    tv_set(p, "cond", lower_expr(L, n->kids.items[0], pre));
    char *t = NULL;
    if (!n->type.is_void)
        t = add_temp(L, ut_format("ac_v%d", ++L->nvalues), &n->type,
                     L->group);
    n->early = t ? L->nvalues : -1;
    static const char *names[2][2] = {{"pre_a", "a"}, {"pre_b", "b"}};
    for (int i = 0; i < 2; i++) {
        tv *branch_pre = tv_list();
        tv_set(p, names[i][1], lower_expr(L, n->kids.items[i + 1],
                                          branch_pre));
        tv_set(p, names[i][0], branch_pre);
    }
    tv *v = tv_list();
    if (t) {
        tv_set(p, "field", tv_str(t));
        tv_set(p, "type", type_tv(&n->type));
        tv_push(v, typed_var(t, &n->type));
    }
    tv_push(pre, p);
    free(t);
    return v;
}

/* GNU a ?: b with an await in b: a is kept, then b runs only if a is
 * zero, as `c ? c : b` with c evaluated once. */
static tv *elvis(lower *L, ir_node *n, tv *pre)
{
    ir_node *a = n->kids.items[0];
    char *kept = add_temp(L, ut_format("ac_v%d", ++L->nvalues), &a->type,
                          L->group);
    tv *set = tv_rec("set");
    tv_set(set, "field", tv_str(kept));
    tv_set(set, "type", type_tv(&a->type));
    tv_set(set, "value", lower_expr(L, a, pre));
    tv_push(pre, set);
    char *t = add_temp(L, ut_format("ac_v%d", ++L->nvalues), &n->type,
                       L->group);
    n->early = L->nvalues;
    tv *p = tv_rec("choose"), *cond = tv_list(), *value = tv_list();
    tv_push(cond, typed_var(kept, &a->type));
    tv_push(value, typed_var(kept, &a->type));
    tv_set(p, "cond", cond);
    tv_set(p, "pre_a", tv_list());
    tv_set(p, "a", value);
    tv *pre_b = tv_list();
    tv_set(p, "b", lower_expr(L, n->kids.items[1], pre_b));
    tv_set(p, "pre_b", pre_b);
    tv_set(p, "field", tv_str(t));
    tv_set(p, "type", type_tv(&n->type));
    tv_push(pre, p);
    tv *v = tv_list();
    tv_push(v, typed_var(t, &n->type));
    free(kept);
    free(t);
    return v;
}

/* The await that is all of expression n but for parentheses, or NULL. */
static ir_node *bare_await(lower *L, ir_node *n)
{
    while (n->kind == IR_EXPR && n->kids.len == 1) {
        ir_node *k = n->kids.items[0];
        for (unsigned i = n->begin; i < n->end; i++)
            if ((i < k->begin || i >= k->end) &&
                !strchr("() \t\r\n", L->file->src[i]))
                return NULL;
        n = k;
    }
    return n->kind == IR_AWAIT ? n : NULL;
}

/* a, b: a runs as a statement (an awaited a's value is dropped). */
static tv *comma(lower *L, ir_node *n, tv *pre)
{
    ir_node *left = bare_await(L, n->kids.items[0]);
    if (left)
        tv_free(lower_await(L, left, pre, 0));
    else
        tv_push(pre, piece1("stmt", "value",
                            lower_expr(L, n->kids.items[0], pre)));
    return lower_expr(L, n->kids.items[1], pre);
}

/* A macro invocation with awaits in its arguments: the awaiting ones are
 * evaluated first, in order, each with C's rules inside it; the
 * invocation stays text, on their values. */
static tv *macro_args(lower *L, ir_node *n, tv *pre)
{
    tv **vals = ut_alloc((n->kids.len + 1) * sizeof *vals);
    for (size_t i = 0; i < n->kids.len; i++)
        vals[i] = lower_expr(L, n->kids.items[i], pre);
    tv *out = tv_list();
    holes_with(L, n, vals, out);
    free(vals);
    return out;
}

static tv *lower_expr(lower *L, ir_node *n, tv *pre)
{
    if (!n->has_await)
        return pieces(L, n);
    switch (n->kind) {
    case IR_AWAIT:
        return lower_await(L, n, pre, 1);
    case IR_SPAWN:
    case IR_RUN:
        return lower_task(L, n, pre);
    case IR_EXPR:
        break;
    default:
        return pieces(L, n);
    }
    int right = n->kids.len > 1 && ((ir_node *)n->kids.items[1])->has_await;
    int branch = n->kids.len == 3 &&
                 (right || ((ir_node *)n->kids.items[2])->has_await);
    if ((n->op == OP_LAND || n->op == OP_LOR) && right)
        return short_circuit(L, n, pre);
    if (n->op == OP_COND && branch)
        return choose(L, n, pre);
    if (n->op == OP_ELVIS && right)
        return elvis(L, n, pre);
    if (n->op == OP_COMMA)
        return comma(L, n, pre);
    if (n->op == OP_MACRO)
        return macro_args(L, n, pre);
    return operands(L, n, pre);
}

/* ---- statements ------------------------------------------------------------ */

/* `{ pre stmt }` */
static tv *block(tv *pre, tv *stmt)
{
    tv *p = tv_rec("block");
    if (stmt)
        tv_push(pre, stmt);
    tv_set(p, "items", pre);
    return p;
}

static tv *init_tv(ir_var *v, tv *value)
{
    tv *i = tv_rec("init");
    tv_set(i, "field", tv_str(v->field));
    tv_set(i, "type", type_tv(&v->type));
    tv_set(i, "name", tv_str(v->name));
    tv_set(i, "copy", tv_bool(v->init_is_list || v->type.is_array));
    tv_set(i, "braced", tv_bool(v->init_braced));
    if (value)
        tv_set(i, "value", value);
    return i;
}

/* A declaration of C local v (not in the frame), with its value. */
static tv *local_decl(ir_var *v, tv *value)
{
    tv *d = tv_rec("local_decl");
    tv_set(d, "name", tv_str(v->name));
    tv_set(d, "type", type_tv(&v->type));
    if (v->attrs)
        tv_set(d, "attrs", tv_str(v->attrs));
    if (value)
        tv_set(d, "value", value);
    return d;
}

static int frame_var_in(const ir_node *n)
{
    for (size_t i = 0; i < n->vars.len; i++)
        if (((ir_var *)n->vars.items[i])->in_frame)
            return 1;
    return 0;
}

/* A declaration of C locals only, whose initializers await: what they
 * need first, then the declaration as written, on the values. */
static void local_decls(lower *L, ir_node *n, tv *out)
{
    tv *pre = tv_list();
    tv **vals = ut_alloc((n->kids.len + 1) * sizeof *vals);
    for (size_t i = 0; i < n->kids.len; i++)
        vals[i] = lower_expr(L, n->kids.items[i], pre);
    tv *stmt = tv_list();
    holes_with(L, n, vals, stmt);
    free(vals);
    tv_push(pre, piece1("stmt_text", "value", stmt));
    tv *d = piece1("frame_decl", "inits", pre);
    tv_set(d, "for_init", tv_bool(0));
    tv_push(out, d);
}

static int decl_awaits(const ir_node *n)
{
    for (size_t i = 0; i < n->vars.len; i++) {
        ir_var *v = n->vars.items[i];
        if (v->in_frame || (v->init && v->init->has_await))
            return 1;
    }
    return 0;
}

/* Preprocessor directives between the declaration's last initializer and
 * its `;` (an `#endif` closing an `#if` inside the initializer): the
 * rewritten declaration drops that text, so they are put back after it,
 * each on its own line. */
static void tail_directives(lower *L, ir_node *n, tv *out)
{
    unsigned from = 0;
    for (size_t i = 0; i < n->vars.len; i++) {
        ir_var *v = n->vars.items[i];
        if (v->init && v->init->end > from)
            from = v->init->end;
    }
    const char *src = L->file->src;
    for (unsigned i = from; from && i < n->end; i++) {
        if (src[i] != '\n')
            continue;
        unsigned b = i + 1, e = b;
        while (b < n->end && (src[b] == ' ' || src[b] == '\t'))
            b++;
        if (b >= n->end || src[b] != '#')
            continue;
        for (e = b; e < L->file->len && src[e] != '\n'; e++)
            ;
        text(L, out, i, e < L->file->len ? e + 1 : e); /* its newlines */
        i = e - 1;
    }
}

/* Text asyncc writes, on the line of offset `at`. */
static void spelled(lower *L, tv *out, const char *s, unsigned at)
{
    tv *t = tv_rec("text");
    tv_set(t, "text", tv_str(s));
    tv_set(t, "line", tv_int(line_of(L, at)));
    tv_push(out, t);
}

/* The statement `v;` for the value of expression e, cast to void where C
 * would discard it silently and gcc would not (the last operand of
 * `n += 1, await f()` becomes a frame temporary). */
static tv *value_stmt(const ir_node *e, tv *v)
{
    tv *stmt = piece1("stmt", "value", v);
    tv_set(stmt, "discard", tv_bool(e->op != OP_ASSIGN && e->op != OP_INCDEC &&
                                    e->op != OP_CALL));
    return stmt;
}

/* int a = 1, b = await f(); Each declarator in turn: what its initializer
 * needs first (unbraced, so C locals stay in scope), then the store into
 * the frame, or the C local's declaration. As the init clause of a kept
 * for, the stores form one expression list. */
static void lower_decl(lower *L, ir_node *n, int for_init, tv *out)
{
    if (!decl_awaits(n)) {
        holes(L, n, out);
        return;
    }
    if (!frame_var_in(n)) {
        local_decls(L, n, out);
        return;
    }
    tv *inits = tv_list();
    if (n->type_def.end > n->type_def.begin) { /* struct p { int x; } */
        text(L, inits, n->type_def.begin, n->type_def.end);
        spelled(L, inits, ";", n->type_def.end);
    }
    if (n->anon_name) { /* typedef enum { A, B } ac_anon_1; */
        spelled(L, inits, "typedef ", n->anon_def.begin);
        text(L, inits, n->anon_def.begin, n->anon_def.end);
        char *name = ut_format(" %s;", n->anon_name);
        spelled(L, inits, name, n->anon_def.end);
        free(name);
    }
    for (size_t i = 0; i < n->vars.len; i++) {
        ir_var *v = n->vars.items[i];
        if (v->is_static) {
            diag_error(v->line, v->col, "declare static local '%s' apart "
                       "from the locals declared with it", v->name);
            continue;
        }
        tv *value = NULL;
        if (v->init)
            value = lower_expr(L, v->init, for_init ? NULL : inits);
        if (v->in_frame && (value || ir_kept_as_bytes(&v->type)))
            tv_push(inits, init_tv(v, value));
        else if (!v->in_frame)
            tv_push(inits, local_decl(v, value));
    }
    tv *d = piece1("frame_decl", "inits", inits);
    tv_set(d, "for_init", tv_bool(for_init));
    tv_push(out, d);
    if (!for_init)
        tail_directives(L, n, out);
}

static void lower_expr_stmt(lower *L, ir_node *n, tv *out)
{
    ir_node *e = n->kids.len == 1 ? n->kids.items[0] : NULL;
    if (!e || !e->has_await) {
        holes(L, n, out);
        return;
    }
    tv *pre = tv_list();
    ir_node *aw = bare_await(L, e);
    if (aw) {
        tv_free(lower_await(L, aw, pre, 0));
        tv_push(out, block(pre, NULL));
        return;
    }
    tv_push(out, block(pre, value_stmt(e, lower_expr(L, e, pre))));
}

static void lower_return(lower *L, ir_node *n, tv *out)
{
    tv *ret = tv_rec("return");
    tv_set(ret, "void", tv_bool(L->def->fn->ret.is_void));
    ir_node *e = n->kids.len ? n->kids.items[0] : NULL;
    tv *pre = tv_list();
    if (e)
        tv_set(ret, "value", lower_expr(L, e, pre));
    if (pre->items.len)
        tv_push(out, block(pre, ret));
    else {
        tv_free(pre);
        tv_push(out, ret);
    }
}

/* if (await ...) / switch (await ...): `{ pre if (value) ... }` */
static void lower_branch(lower *L, ir_node *n, tv *out)
{
    if (!n->cond || !n->cond->has_await) {
        holes(L, n, out);
        return;
    }
    tv *pre = tv_list();
    tv **vals = ut_alloc((n->kids.len + 1) * sizeof *vals);
    for (size_t i = 0; i < n->kids.len; i++)
        if (n->kids.items[i] == n->cond)
            vals[i] = lower_expr(L, n->cond, pre);
    tv *stmt = tv_list();
    holes_with(L, n, vals, stmt);
    free(vals);
    tv_push(out, block(pre, piece1("stmt_text", "value", stmt)));
}

/* `pre if (!(value)) break;` for a loop's condition. */
static void test_into(lower *L, ir_node *cond, tv *list)
{
    if (!cond)
        return;
    tv *v = lower_expr(L, cond, list);
    tv_push(list, piece1("if_break", "cond", v));
}

static tv *loop_piece(tv *head, tv *body, tv *tail)
{
    tv *p = tv_rec("loop");
    tv_set(p, "head", head);
    tv_set(p, "body", body);
    tv_set(p, "tail", tail);
    return p;
}

static tv *label_piece(int k)
{
    tv *p = tv_rec("label");
    tv_set(p, "label", tv_int(k));
    return p;
}

static tv *body_of(lower *L, ir_node *body)
{
    tv *out = tv_list();
    if (body)
        lower_node(L, body, out);
    return out;
}

/* while (C) B with an await in C: for (;;) { pre if (!(C)) break; B } */
static void lower_while(lower *L, ir_node *n, tv *out)
{
    if (!n->cond || !n->cond->has_await) {
        holes(L, n, out);
        return;
    }
    tv *head = tv_list();
    test_into(L, n->cond, head);
    tv_push(out, loop_piece(head, body_of(L, n->body), tv_list()));
}

/* do B while (C); with an await in C:
 * for (;;) { B cont: pre if (!(C)) break; } */
static void lower_do(lower *L, ir_node *n, tv *out)
{
    if (!n->cond || !n->cond->has_await) {
        holes(L, n, out);
        return;
    }
    n->cont_label = ++L->nconts;
    tv *body = body_of(L, n->body);
    tv *tail = tv_list();
    if (n->has_continue)
        tv_push(tail, label_piece(n->cont_label));
    test_into(L, n->cond, tail);
    tv_push(out, loop_piece(tv_list(), body, tail));
}

/* The init clause of a rebuilt for, as a statement. */
static void for_init(lower *L, ir_node *init, tv *out)
{
    if (!init)
        return;
    if (init->kind == IR_DECL) {
        lower_decl(L, init, 0, out); /* C locals: declared before the loop */
        return;
    }
    tv *pre = tv_list();
    tv *v = lower_expr(L, init, pre);
    tv_push(out, block(pre, piece1("stmt", "value", v)));
}

/* for (I; C; S) B with an await in a clause:
 * { I for (;;) { pre if (!(C)) break; B cont: pre S; } } */
static void lower_for(lower *L, ir_node *n, tv *out)
{
    int awaits = (n->init && n->init->has_await) ||
                 (n->cond && n->cond->has_await) ||
                 (n->inc && n->inc->has_await);
    if (!awaits) {
        holes(L, n, out);
        return;
    }
    n->cont_label = ++L->nconts;
    tv *items = tv_list();
    for_init(L, n->init, items);
    tv *head = tv_list();
    test_into(L, n->cond, head);
    tv *body = body_of(L, n->body);
    tv *tail = tv_list();
    if (n->has_continue)
        tv_push(tail, label_piece(n->cont_label));
    if (n->inc) {
        tv *v = lower_expr(L, n->inc, tail);
        tv_push(tail, value_stmt(n->inc, v));
    }
    tv_push(items, loop_piece(head, body, tail));
    tv_push(out, block(items, NULL));
}

static void lower_continue(lower *L, ir_node *n, tv *out)
{
    if (!n->loop->cont_label) {
        holes(L, n, out);
        return;
    }
    tv *p = tv_rec("goto");
    tv_set(p, "label", tv_int(n->loop->cont_label));
    tv_push(out, p);
}

/* A statement a macro made, with a `return` in the macro's body: its text
 * cannot change, so the templates render it with `return` redefined to
 * store the value and complete the frame. */
static void lower_macro_return(lower *L, ir_node *n, tv *out)
{
    tv *p = tv_rec("macro_returns");
    tv *body = tv_list();
    holes(L, n, body);
    tv_set(p, "body", body);
    tv_set(p, "line", tv_int(n->line));
    tv_set(p, "end_line", tv_int(line_of(L, n->end)));
    tv_push(out, p);
    L->macro_returns++;
}

static void lower_kind(lower *L, ir_node *n, tv *out);

/* Is every piece of out from index `from` on text of the file? */
static int only_text(const tv *out, size_t from)
{
    for (size_t i = from; i < out->items.len; i++) {
        const tv *p = out->items.items[i];
        const tv *kind = p->kind == TV_REC ? p->items.items[0] : NULL;
        if (!kind || strcmp(kind->str, "text") != 0)
            return 0;
    }
    return 1;
}

/* Statement n became the pieces of out from `from` on: when some are
 * generated, they are wrapped with what keeps the lines after them where
 * they are in the file (generated code is spelled on one line). */
static void keep_lines(lower *L, ir_node *n, tv *out, size_t from)
{
    if (only_text(out, from))
        return;
    tv *body = tv_list();
    for (size_t i = from; i < out->items.len; i++)
        tv_push(body, out->items.items[i]);
    out->items.len = from;
    unsigned end_line = line_of(L, n->end);
    tv *p = tv_rec("lines");
    tv_set(p, "body", body);
    tv_set(p, "lines", tv_int(end_line - line_of(L, n->begin)));
    tv_set(p, "end_line", tv_int(end_line));
    tv_push(out, p);
}

static void lower_node(lower *L, ir_node *n, tv *out)
{
    if (n->macro_return) {
        lower_macro_return(L, n, out);
        return;
    }
    if (n->kind < IR_BLOCK || n->kind > IR_STMT) {
        lower_kind(L, n, out);
        return;
    }
    L->group++;
    size_t from = out->items.len;
    lower_kind(L, n, out);
    keep_lines(L, n, out, from);
}

static void lower_kind(lower *L, ir_node *n, tv *out)
{
    if (n->kind > IR_BLOCK && n->kind < IR_EXPR)
        L->stmt = n;
    switch (n->kind) {
    case IR_VARREF:
        if (n->var->in_frame)
            tv_push(out, var_ref(n->var));
        else
            text(L, out, n->begin, n->end);
        break;
    case IR_DECL:
        lower_decl(L, n, n->in_for_init, out);
        break;
    case IR_EXPR_STMT:
        lower_expr_stmt(L, n, out);
        break;
    case IR_RETURN:
        lower_return(L, n, out);
        break;
    case IR_IF:
    case IR_SWITCH:
        lower_branch(L, n, out);
        break;
    case IR_WHILE:
        lower_while(L, n, out);
        break;
    case IR_DO:
        lower_do(L, n, out);
        break;
    case IR_FOR:
        lower_for(L, n, out);
        break;
    case IR_CONTINUE:
        lower_continue(L, n, out);
        break;
    case IR_FNREF: {
        tv *p = tv_rec("fnref");
        tv_set(p, "callee", tv_str(n->fn->name));
        tv_set(p, "type", type_tv(&n->type));
        tv_push(out, p);
        break;
    }
    case IR_SPAWN:
    case IR_RUN: {
        tv *v = lower_task(L, n, NULL);
        for (size_t i = 0; i < v->items.len; i++)
            tv_push(out, v->items.items[i]);
        v->items.len = 0;
        tv_free(v);
        break;
    }
    default:
        if (n->kind == IR_EXPR && n->op == OP_UNEVALUATED) {
            tv *u = never_evaluated(n);
            tv_push(out, u->items.items[0]);
            u->items.len = 0;
            tv_free(u);
            break;
        }
        if (n->kind == IR_EXPR && n->op == OP_COMPLIT) {
            tv *v = tv_list();
            holes(L, n, v);
            v = complit(L, n, v);
            for (size_t i = 0; i < v->items.len; i++)
                tv_push(out, v->items.items[i]);
            v->items.len = 0;
            tv_free(v);
            break;
        }
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
    for (size_t i = 0; i < fn->nparams; i++)
        tv_push(params, piece1("param", "type",
                               type_tv(&fn->params[i].type)));
    tv_set(r, "params", params);
    tv_set(r, "defined", tv_bool(fn->def != NULL));
    tv_set(r, "runtime", tv_bool(strncmp(fn->name, "ac_", 3) == 0));
    tv_set(r, "need_await", tv_bool(fn->need_await));
    tv_set(r, "need_spawn", tv_bool(fn->need_spawn));
    tv_set(r, "need_run", tv_bool(fn->need_run));
    return r;
}

static tv *field_tv(ir_var *v)
{
    tv *f = tv_rec("field");
    tv_set(f, "name", tv_str(v->field));
    tv_set(f, "type", type_tv(&v->type));
    tv_set(f, "param", tv_bool(v->is_param));
    return f;
}

static tv *scope_members(ir_node *def, ir_node *scope);

/* The member lists of the scopes nested in n (not in one another). */
static void child_scopes(ir_node *def, ir_node *n, tv *out)
{
    for (size_t i = 0; i < n->kids.len; i++) {
        ir_node *k = n->kids.items[i];
        if (k->kind != IR_BLOCK && k->kind != IR_FOR) {
            child_scopes(def, k, out);
            continue;
        }
        tv *m = scope_members(def, k);
        if (m->items.len)
            tv_push(out, m);
        else
            tv_free(m);
    }
}

/* The frame members of `scope`: its own frame locals, then its nested
 * scopes'. Sibling scopes never live at the same time, so when two or more
 * of them keep locals, they share storage in an anonymous union. */
static tv *scope_members(ir_node *def, ir_node *scope)
{
    tv *members = tv_list();
    for (size_t i = 0; i < def->vars.len; i++) {
        ir_var *v = def->vars.items[i];
        if (v->in_frame && v->scope == scope)
            tv_push(members, field_tv(v));
    }
    tv *kids = tv_list();
    child_scopes(def, scope, kids);
    if (kids->items.len == 1) {
        tv *only = kids->items.items[0];
        for (size_t i = 0; i < only->items.len; i++)
            tv_push(members, only->items.items[i]);
        only->items.len = 0;
        tv_free(kids);
    } else if (kids->items.len > 1) {
        tv_push(members, piece1("union", "structs", kids));
    } else {
        tv_free(kids);
    }
    return members;
}

/* The type that async function n's return type defines, if any: its text
 * and line, in r. */
static void type_def(lower *L, const ir_node *n, tv *r)
{
    const ir_range *t = &n->type_def;
    if (t->end <= t->begin)
        return;
    tv_set(r, "type_def", tv_strn(L->file->src + t->begin, t->end - t->begin));
    tv_set(r, "type_def_line", tv_int(line_of(L, t->begin)));
}

static tv *lower_def(lower *L, ir_node *def)
{
    L->def = def;
    L->stmt = NULL;
    L->temps = tv_list();
    L->subs = tv_list();
    L->nvalues = L->nconts = L->macro_returns = 0;
    L->group = 1;
    tv *r = tv_rec("async_def");
    tv_set(r, "fn", fn_tv(def->fn));
    tv_set(r, "line", tv_int(def->line));
    tv_set(r, "body_line", tv_int(def->body->line));
    tv_set(r, "expanded", tv_bool(def->expanded));
    tv_set(r, "members", scope_members(def, def->body));
    type_def(L, def, r);
    tv *params = tv_list();
    for (size_t i = 0; i < def->vars.len; i++) {
        ir_var *v = def->vars.items[i];
        if (v->is_param)
            tv_push(params, v->in_frame ? tv_str(v->field) : tv_bool(0));
    }
    tv_set(r, "param_fields", params);
    tv *states = tv_list();
    for (size_t i = 0; i < def->calls.len; i++)
        tv_push(states, tv_int(((ir_node *)def->calls.items[i])->state));
    tv_set(r, "states", states);
    /* The body without its braces: the template wraps it. */
    ir_node inner = *def->body;
    inner.begin += ir_open_brace(L->file->src + inner.begin);
    inner.end -= ir_close_brace(L->file->src, inner.end);
    tv_set(r, "body", pieces(L, &inner));
    tv_set(r, "temps", L->temps);
    tv_set(r, "subs", L->subs);
    tv_set(r, "macro_returns", tv_bool(L->macro_returns > 0));
    L->def = NULL;
    return r;
}

/* The line of offset `off` (binary search in the offsets of the file's
 * newlines, found once). */
static unsigned line_of(lower *L, unsigned off)
{
    if (!L->newlines) {
        L->newlines = ut_alloc((L->file->len + 1) * sizeof *L->newlines);
        for (size_t i = 0; i < L->file->len; i++)
            if (L->file->src[i] == '\n')
                L->newlines[L->nnewlines++] = (unsigned)i;
    }
    size_t lo = 0, hi = L->nnewlines; /* newlines before off: lo */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (L->newlines[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (unsigned)lo + 1;
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
        if (strncmp(fn->name, "ac_", 3) == 0 && !fn->need_spawn &&
            !fn->need_run)
            continue; /* asyncc.h declares the runtime's entry points */
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
        type_def(L, n, item);
        return item;
    default:
        item = piece1("plain", "body", pieces(L, n));
        tv_set(item, "line", tv_int(n->line));
        return item;
    }
}

tv *lower_file(ir_file *file)
{
    lower L = {0};
    L.file = file;
    tv *r = tv_rec("file");
    tv_set(r, "path", tv_str(file->path));
    tv *items = tv_list();
    /* a UTF-8 byte order mark starts the input, not the output, which
     * starts with asyncc's own lines */
    unsigned pos = file->len >= 3 && !memcmp(file->src, "\xEF\xBB\xBF", 3)
                       ? 3
                       : 0;
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
    free(L.newlines);
    return r;
}
