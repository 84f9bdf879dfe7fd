/*
 * parse.c - libclang to IR. The only module of the tool that sees libclang.
 *
 * asyncc.h makes `async` an annotate("async") attribute and `await` an
 * __extension__ unary operator, so the file parses as C. An await is an
 * __extension__ UnaryOperator whose file location is that of an `await`
 * macro expansion (listed thanks to DetailedPreprocessingRecord); ac_run,
 * ac_spawn and ac_gather are found the same way, by their macro expansions.
 * Ranges are file locations: where a token was written in the main file,
 * also for macro arguments.
 */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include "parse.h"

#include <clang-c/Index.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "parse_attr.h"
#include "parse_effects.h"
#include "parse_macro.h"
#include "parse_type.h"

enum macro_kind { MK_AWAIT, MK_RUN, MK_SPAWN, MK_GATHER };

typedef struct macro_use {
    enum macro_kind kind;
    unsigned begin, end;
    CXCursor cursor; /* the expansion */
    int keyword;     /* one of asyncc's own (await, ac_run...) */
} macro_use;

/* A macro definition the parse saw, and whether its expansion makes a
 * string of an argument (`#x`), itself or through a macro it names. */
typedef struct macro_def {
    char *name;
    CXCursor cursor;
    int quotes; /* 1, 0; -1: not yet known; -2: being found out */
} macro_def;

typedef struct var_entry {
    CXCursor decl;
    ir_var *var;
} var_entry;

typedef struct cursors {
    CXCursor *v;
    size_t n, cap;
} cursors;

typedef struct parser {
    ir_file *file;
    CXTranslationUnit tu;
    CXFile main;
    macro_use *macros;
    size_t nmacros;
    macro_use *expansions; /* every macro expansion in the main file */
    size_t nexpansions;
    macro_use *tops;       /* the outermost of them, asyncc's own left out */
    size_t ntops;
    macro_def *defs;       /* every macro definition, sorted by name */
    size_t ndefs;
    cursors includes;      /* the #include directives of the file */
    ut_vec fn_usrs;      /* char *, parallel to file->fns */
    ir_node *fn_node;    /* the async definition being walked, or NULL */
    CXCursor fn_cursor;  /* the function walked (async or not) */
    var_entry *vars;     /* locals of fn_node */
    size_t nvars;
    ir_node *scope;      /* innermost scope node */
    int in_macro;        /* walking a statement a macro produced */
    ir_node *loop;       /* innermost loop being walked (continue target) */
    int macro_returns;   /* returns seen inside macro-made statements */
    int addr_of;         /* walking the operand of unary & */
    int written;         /* walking what an assignment or ++/-- writes */
    int unevaluated;     /* walking an operand C never evaluates */
    int designated;      /* the next expression walked is a designated
                            element of a brace list (`.a.b = x`) */
    CXCursor expect_at;  /* an expression whose type the context expects */
    CXType expect;       /* that type */
    int expect_compared; /* ...as the other operand of == or != (which
                            converts nothing that is called) */
    unsigned def_count;
    struct anon_type {
        CXCursor decl;    /* an unnamed type a declaration defines */
        const char *name; /* its name in the generated code */
    } *anons;            /* every unnamed local type named so far */
    size_t nanons;
    unsigned anon_count;
    int for_init;        /* walking the declaration of a for's init clause,
                            where no typedef can go: an unnamed type is
                            spelled by its definition there */
    unsigned body_begin, body_end; /* the function definition walked */
    unsigned stmt_end;   /* where the statements walked so far end */
    unsigned macro_stmt; /* where the macro making the statement walked is */
    pm_map *map;         /* how the text came from the file */
    pm_edit *edits;      /* macro invocations to expand before a new parse */
    size_t nedits;
    int cannot_expand;   /* an invocation that should be could not be */
    unsigned refused;    /* 1 + where the last one that could not be is */
    ut_vec *expanded;    /* char *: the async functions in which a macro
                            was expanded, over all the parses */
} parser;

/* ---- locations ---------------------------------------------------------- */

static char *spelling(CXCursor c)
{
    CXString s = clang_getCursorSpelling(c);
    char *r = ut_strdup(clang_getCString(s));
    clang_disposeString(s);
    return r;
}

/* The main-file offset, line and column of `loc`; 0 if elsewhere. */
static int main_loc(parser *p, CXSourceLocation loc, unsigned *off,
                    unsigned *line, unsigned *col)
{
    CXFile f;
    unsigned l, c, o;
    clang_getFileLocation(loc, &f, &l, &c, &o);
    if (!f || !clang_File_isEqual(f, p->main))
        return 0;
    if (off)
        *off = o;
    if (line)
        *line = l;
    if (col)
        *col = p->map->nrounds ? pm_column(p->map, o) : c;
    return 1;
}

/* Sets n's range and position from cursor c's extent. */
static int set_range(parser *p, ir_node *n, CXCursor c)
{
    CXSourceRange r = clang_getCursorExtent(c);
    if (!main_loc(p, clang_getRangeStart(r), &n->begin, &n->line, &n->col))
        return 0;
    if (!main_loc(p, clang_getRangeEnd(r), &n->end, NULL, NULL) ||
        n->end < n->begin)
        n->end = n->begin;
    return 1;
}

static ir_node *node_at(parser *p, ir_kind kind, CXCursor c)
{
    ir_node *n = ir_node_new(kind, 0, 0);
    set_range(p, n, c);
    return n;
}

static void cursor_pos(parser *p, CXCursor c, unsigned *line, unsigned *col)
{
    *line = *col = 0;
    main_loc(p, clang_getRangeStart(clang_getCursorExtent(c)), NULL, line,
             col);
}

static const struct macro_use *macro_at(struct parser *p, unsigned off,
                                        enum macro_kind k);

/* Was the token at `loc` produced by a macro's body (rather than written
 * in the file, a macro argument included)? asyncc's own keywords and calls
 * (await, ac_spawn...) do not count. */
static int made_by_macro(parser *p, CXSourceLocation loc)
{
    CXFile f1, f2;
    unsigned o1, o2;
    clang_getSpellingLocation(loc, &f1, NULL, NULL, &o1);
    clang_getFileLocation(loc, &f2, NULL, NULL, &o2);
    if (o1 == o2 && f1 && f2 && clang_File_isEqual(f1, f2))
        return 0;
    for (int k = MK_AWAIT; k <= MK_GATHER; k++)
        if (macro_at(p, o2, (enum macro_kind)k))
            return 0;
    return 1;
}

/* Is statement or declaration c produced by a macro expansion? Judged by
 * its own token (a statement's keyword, a variable's name), so `bool ok =
 * true;` is written in the file although it starts with a macro. */
static int from_macro(parser *p, CXCursor c)
{
    return made_by_macro(p, clang_getCursorLocation(c));
}

/* Extends n over a ';' that follows it (after white space). */
static void take_semicolon(parser *p, ir_node *n)
{
    const char *s = p->file->src;
    size_t i = n->end;
    while (i < p->file->len && strchr(" \t\r\n", s[i]))
        i++;
    if (i < p->file->len && s[i] == ';')
        n->end = (unsigned)i + 1;
}

/* The first of v[0, n) (sorted by begin) that begins at or after off. */
static size_t first_from(const macro_use *v, size_t n, unsigned off)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid].begin < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static const macro_use *macro_at(parser *p, unsigned off, enum macro_kind k)
{
    for (size_t i = first_from(p->macros, p->nmacros, off);
         i < p->nmacros && p->macros[i].begin == off; i++)
        if (p->macros[i].kind == k)
            return &p->macros[i];
    return NULL;
}

/* The outermost invocation of a user's macro (not one of asyncc's own)
 * that covers main-file offset `off`, or NULL. Invocations nest or are
 * disjoint, so the outermost ones are sorted and disjoint. */
static const macro_use *invocation_at(parser *p, unsigned off)
{
    size_t i = first_from(p->tops, p->ntops, off + 1);
    if (i == 0 || off >= p->tops[i - 1].end)
        return NULL;
    return &p->tops[i - 1];
}

/* The macro around offset `off` (at line:col) hides what the tool must
 * see as text (an await, a local, a declaration): its invocation is to be
 * replaced by its expansion, and the file parsed again. Returns 0 when
 * that is asked for; else reports why it cannot be and returns -1. */
static int want_expansion(parser *p, unsigned off, unsigned line,
                          unsigned col)
{
    const macro_use *m = invocation_at(p, off);
    const char *why = "it makes more than the function's body";
    if (m && m->begin >= p->body_begin && m->end <= p->body_end) {
        for (size_t i = 0; i < p->nedits; i++)
            if (p->edits[i].begin == m->begin)
                return 0;
        pm_edit e = {0};
        if (pm_expand(p->tu, m->cursor, p->file->src, &e, &why) == 0) {
            p->edits = ut_realloc(p->edits,
                                  (p->nedits + 1) * sizeof *p->edits);
            p->edits[p->nedits++] = e;
            if (p->fn_node)
                ut_vec_push(p->expanded, ut_strdup(p->fn_node->fn->name));
            return 0;
        }
    }
    if (m && p->refused == m->begin + 1)
        return -1; /* said already, for another await in it */
    p->refused = m ? m->begin + 1 : 0;
    char *name = m ? spelling(m->cursor) : ut_strdup("?");
    if (!m)
        why = "its invocation was not found";
    diag_error(line, col, "macro '%s' hides an await or a local of the "
               "function from asyncc, which cannot expand it: %s", name, why);
    free(name);
    p->cannot_expand = 1;
    return -1;
}

/* ---- cursors ------------------------------------------------------------ */

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent,
                                       CXClientData data)
{
    cursors *cs = data;
    (void)parent;
    if (cs->n == cs->cap) {
        cs->cap = cs->cap ? cs->cap * 2 : 8;
        cs->v = ut_realloc(cs->v, cs->cap * sizeof *cs->v);
    }
    cs->v[cs->n++] = c;
    return CXChildVisit_Continue;
}

static cursors children(CXCursor c)
{
    cursors cs = {0};
    clang_visitChildren(c, collect, &cs);
    return cs;
}

/* Skips parentheses and implicit conversions. */
static CXCursor strip(CXCursor c)
{
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
            return c;
        cursors cs = children(c);
        CXCursor only = cs.v && cs.n == 1 ? cs.v[0] : clang_getNullCursor();
        free(cs.v);
        if (clang_Cursor_isNull(only) || !clang_isExpression(
                                             clang_getCursorKind(only)))
            return c;
        c = only;
    }
}

static enum CXChildVisitResult find_async_attr(CXCursor c, CXCursor parent,
                                               CXClientData data)
{
    (void)parent;
    if (clang_getCursorKind(c) == CXCursor_AnnotateAttr) {
        CXString s = clang_getCursorSpelling(c);
        if (strcmp(clang_getCString(s), "async") == 0)
            *(CXCursor *)data = c;
        clang_disposeString(s);
    }
    return CXChildVisit_Continue;
}

/* The annotate("async") attribute of a function declaration, or null. */
static CXCursor async_attr(CXCursor decl)
{
    CXCursor attr = clang_getNullCursor();
    if (clang_getCursorKind(decl) != CXCursor_FunctionDecl)
        return attr;
    clang_visitChildren(decl, find_async_attr, &attr);
    if (clang_Cursor_isNull(attr))
        clang_visitChildren(clang_getCanonicalCursor(decl), find_async_attr,
                            &attr);
    return attr;
}

static int is_async(CXCursor decl)
{
    return !clang_Cursor_isNull(async_attr(decl));
}

/* Gives expression node n its type, unless it has one. */
/* Is declaration d in the body of the function being walked? */
static int in_body(parser *p, CXCursor d)
{
    unsigned off = 0;
    return p->body_end && !clang_Cursor_isNull(d) &&
           main_loc(p, clang_getCursorLocation(d), &off, NULL, NULL) &&
           off >= p->body_begin && off < p->body_end;
}

/* Does type t name a struct, union, enum or typedef declared in the body
 * of the function being walked (through pointers, arrays, typedefs and
 * __typeof__)? Not spelled at file scope, a frame keeps such a local as
 * bytes of its size and alignment (lower.c). */
static int local_type(parser *p, CXType t)
{
    for (int depth = 0; depth < 64 && p->body_end; depth++) {
        CXCursor d = clang_getTypeDeclaration(t);
        if (in_body(p, d))
            return 1;
        switch (t.kind) {
        case CXType_Typedef:
            t = clang_getTypedefDeclUnderlyingType(d);
            break;
        case CXType_Elaborated:
            t = clang_Type_getNamedType(t);
            break;
        case CXType_Pointer:
            t = clang_getPointeeType(t);
            break;
        case CXType_ConstantArray:
        case CXType_IncompleteArray:
        case CXType_VariableArray:
            t = clang_getArrayElementType(t);
            break;
        case CXType_Attributed:
            t = clang_Type_getModifiedType(t);
            break;
        default: {
            CXType c = clang_getCanonicalType(t); /* __typeof__(x) */
            if (clang_equalTypes(c, t))
                return 0;
            t = c;
        }
        }
    }
    return 0;
}

static void set_type(parser *p, ir_node *n, CXType t)
{
    if (n->has_type)
        return;
    n->type = ptype_make(t);
    n->type.is_local = local_type(p, t);
    n->has_type = 1;
}

/* ---- async functions ---------------------------------------------------- */

static ir_fn *fn_for(parser *p, CXCursor decl)
{
    CXCursor canon = clang_getCanonicalCursor(decl);
    CXString usr = clang_getCursorUSR(canon);
    const char *u = clang_getCString(usr);
    for (size_t i = 0; i < p->fn_usrs.len; i++)
        if (strcmp(p->fn_usrs.items[i], u) == 0) {
            clang_disposeString(usr);
            return p->file->fns.items[i];
        }
    ut_vec_push(&p->fn_usrs, ut_strdup(u));
    clang_disposeString(usr);

    ir_fn *fn = ut_alloc(sizeof *fn);
    /* `int f()` declares no parameters, its definition may: the type with
     * a prototype, where there is one, tells. */
    CXCursor def = clang_getCursorDefinition(canon);
    if (!clang_Cursor_isNull(def))
        canon = def;
    CXType ft = clang_getCursorType(canon);
    fn->name = spelling(canon);
    fn->ret = ptype_make(clang_getResultType(ft));
    fn->is_static = clang_Cursor_getStorageClass(canon) == CX_SC_Static;
    fn->is_variadic = ft.kind == CXType_FunctionProto &&
                      clang_isFunctionTypeVariadic(ft);
    fn->no_prototype = ft.kind == CXType_FunctionNoProto;
    fn->is_gather = strcmp(fn->name, "ac__gather") == 0;
    int n = clang_getNumArgTypes(ft);
    fn->nparams = n > 0 ? (size_t)n : 0;
    fn->params = ut_alloc(fn->nparams * sizeof *fn->params);
    for (size_t i = 0; i < fn->nparams; i++) {
        CXCursor arg = clang_Cursor_getArgument(canon, (unsigned)i);
        char *name = clang_Cursor_isNull(arg) ? NULL : spelling(arg);
        fn->params[i].name = name && *name ? name : NULL;
        if (name && !*name)
            free(name);
        fn->params[i].type = ptype_make(clang_getArgType(ft, (unsigned)i));
    }
    cursor_pos(p, decl, &fn->line, &fn->col);
    ut_vec_push(&p->file->fns, fn);
    return fn;
}

/* Is t (a pointer to) a function type named by an async typedef, as in
 * `typedef async int handler_fn(int); handler_fn *h;`? */
static int is_async_type(CXType t)
{
    int pointers = 0; /* at most one, written or in a typedef */
    for (int depth = 0; depth < 64; depth++) {
        if (t.kind == CXType_Pointer && !pointers++)
            t = clang_getPointeeType(t);
        if (t.kind == CXType_Elaborated)
            t = clang_Type_getNamedType(t);
        if (t.kind != CXType_Typedef)
            return 0;
        CXCursor decl = clang_getTypeDeclaration(t);
        CXCursor attr = clang_getNullCursor();
        clang_visitChildren(decl, find_async_attr, &attr);
        if (!clang_Cursor_isNull(attr))
            return 1;
        t = clang_getTypedefDeclUnderlyingType(decl);
    }
    return 0;
}

/* The function type behind t (a pointer, a typedef...), with the
 * parameter types as declared (typedef names kept). */
static CXType function_type(CXType t)
{
    int pointers = 0; /* one, written or in a typedef (`async int (*t)()`) */
    for (int depth = 0; depth < 64; depth++) {
        if (t.kind == CXType_Pointer && !pointers++)
            t = clang_getPointeeType(t);
        else if (t.kind == CXType_Elaborated)
            t = clang_Type_getNamedType(t);
        else if (t.kind == CXType_Typedef)
            t = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t));
        else if (t.kind == CXType_Attributed)
            t = clang_Type_getModifiedType(t);
        else
            break;
    }
    return t;
}

/* The signature of calls through async function pointer type t. */
static ir_fn *pointer_fn(parser *p, CXType t, CXCursor at)
{
    CXType fnty = function_type(t);
    ir_fn *fn = ut_alloc(sizeof *fn);
    fn->name = ut_strdup("(async function pointer)");
    fn->is_pointer = 1;
    fn->ret = ptype_make(clang_getResultType(fnty));
    int n = clang_getNumArgTypes(fnty);
    fn->nparams = n > 0 ? (size_t)n : 0;
    fn->params = ut_alloc((fn->nparams + 1) * sizeof *fn->params);
    for (size_t i = 0; i < fn->nparams; i++)
        fn->params[i].type = ptype_make(clang_getArgType(fnty, (unsigned)i));
    cursor_pos(p, at, &fn->line, &fn->col);
    ut_vec_push(&p->file->fns, fn);
    ut_vec_push(&p->fn_usrs, ut_strdup(""));
    return fn;
}

/* The callee expression of a call (its first child), or null. */
static CXCursor callee_expr(CXCursor call)
{
    cursors cs = children(call);
    CXCursor c = cs.n ? strip(cs.v[0]) : clang_getNullCursor();
    free(cs.v);
    return c;
}

/* The type of the function a call calls. */
static CXType callee_type(CXCursor call)
{
    CXCursor callee = callee_expr(call);
    return function_type(clang_getCursorType(callee));
}

/* Context: `expr` is expected to have type t (to check async function
 * pointers). */
static void expect(parser *p, CXCursor expr, CXType t)
{
    p->expect_at = strip(expr);
    p->expect = t;
    p->expect_compared = 0;
}

/* A reference to a function (not to a variable holding a pointer). */
static int is_function_ref(CXCursor c)
{
    return clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
           clang_getCursorKind(clang_getCursorReferenced(c)) ==
               CXCursor_FunctionDecl;
}

/* The function that callee expression c designates through `*` and `&`
 * (`(*f)`, `(&f)`, `(**f)` all designate f): the DeclRefExpr under them,
 * or c itself. */
static CXCursor designated_function(CXCursor c)
{
    for (CXCursor at = c;;) {
        at = strip(at);
        if (clang_getCursorKind(at) == CXCursor_DeclRefExpr)
            return at;
        if (clang_getCursorKind(at) != CXCursor_UnaryOperator)
            return c;
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(at);
        cursors cs = children(at);
        CXCursor next = cs.n == 1 ? cs.v[0] : clang_getNullCursor();
        free(cs.v);
        if ((op != CXUnaryOperator_Deref && op != CXUnaryOperator_AddrOf) ||
            clang_Cursor_isNull(next))
            return c;
        at = next;
    }
}

/* The async function a call expression calls (or the signature of the
 * async function pointer it calls through), or NULL. */
static ir_fn *async_callee(parser *p, CXCursor call)
{
    if (clang_getCursorKind(call) != CXCursor_CallExpr)
        return NULL;
    CXCursor callee = callee_expr(call);
    if (clang_Cursor_isNull(callee))
        return NULL;
    /* `f(5)`, `(f)(5)`, `(*f)(5)`; `get()(5)` names get, calls no get */
    CXCursor named = designated_function(callee);
    if (is_function_ref(named)) {
        CXCursor ref = clang_getCursorReferenced(named);
        return is_async(ref) ? fn_for(p, ref) : NULL;
    }
    if (!is_async_type(clang_getCursorType(callee)))
        return NULL;
    return pointer_fn(p, clang_getCursorType(callee), call);
}

/* ---- expressions -------------------------------------------------------- */

static void walk_expr(parser *p, CXCursor c, ir_node *out);
static ir_node *expr_node(parser *p, CXCursor c);
static void mark_operand(parser *p, ir_node *k, CXCursor c);

/* Does expression n, rebuilt from operands kids, cut invocation m? */
typedef int cut_test(const ir_node *n, ir_node **kids, size_t count,
                     const macro_use *m);
static cut_test cuts;
static void expand_cut(parser *p, const ir_node *n, cut_test *cut,
                       ir_node **kids, size_t count);

/* The innermost invocation of a macro that covers main-file offset
 * `off`, or NULL. Invocations nest or are disjoint: going back from the
 * last that begins at or before off, the first that covers it is it. */
static const macro_use *innermost_at(parser *p, unsigned off)
{
    for (size_t i = first_from(p->expansions, p->nexpansions, off + 1); i--;)
        if (!p->expansions[i].keyword && off < p->expansions[i].end)
            return &p->expansions[i];
    return NULL;
}

/* Does argument k (cursor arg) of awaited call n have no text of its own
 * in the file, being made by the body of the macro that makes the call
 * (`#define GET_DEFAULT(a) get3((a), 0, 0)`, or `#define get(x) get((x) +
 * 1)`)? An argument that is an invocation inside the call's parentheses
 * (`get(MAX(a, b))`, `FETCH(K)`) has its own text. */
static int arg_from_body(parser *p, CXCursor arg, const ir_node *k,
                         const ir_node *n)
{
    CXSourceRange r = clang_getCursorExtent(arg);
    int first = made_by_macro(p, clang_getRangeStart(r));
    if (!first && !made_by_macro(p, clang_getRangeEnd(r)))
        return 0;
    unsigned at = first || k->end == k->begin ? k->begin : k->end - 1;
    const macro_use *m = innermost_at(p, at);
    return m && m->begin <= n->begin;
}

/* An awaited call: its arguments become the callee's parameters as text,
 * so a macro invocation they cut, or whose body makes one, is expanded. */
static ir_node *call_node(parser *p, CXCursor call, ir_fn *fn)
{
    ir_node *n = node_at(p, IR_CALL, call);
    n->fn = fn;
    if (fn->is_pointer) {
        CXCursor callee = callee_expr(call);
        ir_node *k = expr_node(p, callee);
        set_type(p, k, clang_getCursorType(callee));
        n->has_await |= k->has_await;
        ir_add_kid(n, k);
    }
    int nargs = clang_Cursor_getNumArguments(call);
    if (fn->no_prototype && nargs > 0)
        diag_error(n->line, n->col, "async function '%s' is declared "
                   "without a prototype; declare its parameters", fn->name);
    for (int i = 0; i < nargs; i++) {
        CXCursor arg = clang_Cursor_getArgument(call, (unsigned)i);
        expect(p, arg, clang_getArgType(callee_type(call), (unsigned)i));
        ir_node *k = expr_node(p, arg);
        set_type(p, k, clang_getCursorType(arg));
        mark_operand(p, k, arg);
        n->has_await |= k->has_await;
        ir_add_kid(n, k);
        if (arg_from_body(p, arg, k, n))
            want_expansion(p, k->begin, n->line, n->col);
    }
    expand_cut(p, n, cuts, (ir_node **)n->kids.items, n->kids.len);
    return n;
}

static int is_await(parser *p, CXCursor c)
{
    unsigned off;
    if (clang_getCursorKind(c) != CXCursor_UnaryOperator ||
        clang_getCursorUnaryOperatorKind(c) != CXUnaryOperator_Extension)
        return 0;
    if (!main_loc(p, clang_getRangeStart(clang_getCursorExtent(c)), &off,
                  NULL, NULL))
        return 0;
    return macro_at(p, off, MK_AWAIT) != NULL;
}

/* Collects the operands of a comma chain, left to right. */
static void comma_operands(CXCursor c, cursors *out)
{
    c = strip(c);
    if (clang_getCursorKind(c) == CXCursor_BinaryOperator &&
        clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Comma) {
        cursors cs = children(c);
        for (size_t i = 0; i < cs.n; i++)
            comma_operands(cs.v[i], out);
        free(cs.v);
        return;
    }
    collect(c, clang_getNullCursor(), out);
}

static ir_node *gather_node(parser *p, CXCursor call)
{
    ir_node *g = node_at(p, IR_GATHER, call);
    cursors ops = {0};
    if (clang_Cursor_getNumArguments(call) == 1)
        comma_operands(clang_Cursor_getArgument(call, 0), &ops);
    for (size_t i = 0; i + 1 < ops.n; i++) {
        CXCursor c = strip(ops.v[i]);
        ir_fn *fn = async_callee(p, c);
        if (fn && !fn->is_gather) {
            ir_add_kid(g, call_node(p, c, fn));
            continue;
        }
        ir_node tmp = {0};
        set_range(p, &tmp, ops.v[i]);
        diag_error(tmp.line, tmp.col,
                   "ac_gather() takes calls of async functions");
    }
    if (ops.n < 2)
        diag_error(g->line, g->col, "ac_gather() needs at least one call");
    free(ops.v);
    return g;
}

/* `await await f()`: clang folds the two __extension__ into one
 * operator, so the source tells (`await (await f())` has an operand that
 * is an await; `await (await pick())(6)` calls what an await gave). */
static int awaits_await(parser *p, unsigned at)
{
    const char *s = p->file->src;
    size_t i = at + 5; /* past `await` */
    while (i < p->file->len && strchr(" \t\r\n", s[i]))
        i++;
    if (i + 5 > p->file->len || memcmp(s + i, "await", 5) != 0)
        return 0;
    return i + 5 == p->file->len ||
           !(isalnum((unsigned char)s[i + 5]) || s[i + 5] == '_');
}

/* An `await`, ac_run or ac_spawn that a macro's body wrote: an
 * __extension__ or a parenthesis spelled in asyncc.h (the file's own are
 * found first, at their macros' places). */
static int is_keyword_in_macro(CXCursor c);

/* An await (or ac_spawn...) written in a macro's body. */
static int keyword_in_macro(parser *p, CXCursor c)
{
    return is_keyword_in_macro(c) && !is_await(p, c);
}

static int is_keyword_in_macro(CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_ParenExpr &&
        (k != CXCursor_UnaryOperator ||
         clang_getCursorUnaryOperatorKind(c) != CXUnaryOperator_Extension))
        return 0;
    CXFile f;
    clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(c)),
                              &f, NULL, NULL, NULL);
    if (!f)
        return 0;
    CXString name = clang_getFileName(f);
    const char *s = clang_getCString(name);
    size_t n = s ? strlen(s) : 0;
    int hit = n >= 8 && strcmp(s + n - 8, "asyncc.h") == 0;
    clang_disposeString(name);
    return hit;
}

static CXCursor find_first(parser *p, CXCursor c,
                           int (*match)(parser *p, CXCursor c));

static int async_function_ref(parser *p, CXCursor c)
{
    (void)p;
    return is_function_ref(c) && is_async(clang_getCursorReferenced(c));
}

/* Call c (node n) of no async function: if it calls through a plain
 * function pointer chosen among async functions (`(c ? f : g)(x)`), says
 * how to make it awaitable. */
static void pointer_hint(parser *p, const ir_node *n, CXCursor c)
{
    if (clang_getCursorKind(c) != CXCursor_CallExpr)
        return;
    CXCursor callee = callee_expr(c);
    if (clang_Cursor_isNull(callee) ||
        (!async_function_ref(p, callee) &&
         clang_Cursor_isNull(find_first(p, callee, async_function_ref))))
        return;
    diag_note(n->line, n->col, "it calls an async function through a "
              "pointer of a type not declared async; store it in a pointer "
              "of an async function type first (typedef async int "
              "fn_t(int); fn_t *h = c ? f : g; await h(x))");
}

static ir_node *await_node(parser *p, CXCursor c)
{
    ir_node *n = node_at(p, IR_AWAIT, c);
    n->has_await = 1;
    if (!p->fn_node) {
        diag_error(n->line, n->col, "'await' outside an async function");
        diag_note(n->line, n->col, "declare the enclosing function 'async'");
        return n;
    }
    if (p->in_macro)
        want_expansion(p, p->macro_stmt, n->line, n->col);
    cursors cs = children(c);
    CXCursor op = cs.n == 1 ? strip(cs.v[0]) : clang_getNullCursor();
    free(cs.v);
    if (awaits_await(p, n->begin) ||
        (!clang_Cursor_isNull(op) && is_await(p, op))) {
        diag_error(n->line, n->col, "'await' needs a call of an async "
                   "function, not another await");
        return n;
    }
    ir_fn *fn = clang_Cursor_isNull(op) ? NULL : async_callee(p, op);
    if (!fn) {
        diag_error(n->line, n->col,
                   "'await' needs a call of an async function");
        pointer_hint(p, n, op);
        return n;
    }
    ir_add_kid(n, fn->is_gather ? gather_node(p, op) : call_node(p, op, fn));
    return n;
}

typedef struct finder {
    parser *p;
    int (*match)(parser *p, CXCursor c);
    CXCursor found;
} finder;

static enum CXChildVisitResult find_visit(CXCursor c, CXCursor parent,
                                          CXClientData data)
{
    (void)parent;
    finder *f = data;
    if (f->match(f->p, c)) {
        f->found = c;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

/* The first descendant of c that `match` accepts, or a null cursor. */
static CXCursor find_first(parser *p, CXCursor c,
                           int (*match)(parser *p, CXCursor c))
{
    finder f = {p, match, clang_getNullCursor()};
    clang_visitChildren(c, find_visit, &f);
    return f.found;
}

typedef struct arg_finder {
    parser *p;
    cursors found;
} arg_finder;

static int in_macro_body(parser *p, CXCursor c);

static enum CXChildVisitResult args_visit(CXCursor c, CXCursor parent,
                                         CXClientData data)
{
    arg_finder *f = data;
    if (!clang_isExpression(clang_getCursorKind(c)) || in_macro_body(f->p, c))
        return CXChildVisit_Recurse;
    collect(c, parent, &f->found);
    return CXChildVisit_Continue;
}

/* The outermost expressions under c, made by a macro's body, that are
 * written in the file (the macro's arguments), in order. */
static cursors args_within(parser *p, CXCursor c)
{
    arg_finder f = {p, {0}};
    clang_visitChildren(c, args_visit, &f);
    return f.found;
}

static int is_async_call(parser *p, CXCursor c)
{
    return async_callee(p, c) != NULL;
}

/* Operand i (0 or 1) of comma expression e, or a null cursor. */
static CXCursor comma_side(CXCursor e, unsigned i)
{
    CXCursor side = clang_getNullCursor();
    if (clang_getCursorKind(e) != CXCursor_BinaryOperator ||
        clang_getCursorBinaryOperatorKind(e) != CXBinaryOperator_Comma)
        return side;
    cursors cs = children(e);
    if (cs.n == 2)
        side = strip(cs.v[i]);
    free(cs.v);
    return side;
}

/* CALL, in the expansion c of ac_run(CALL), `(ac__untransformed(),
 * (CALL))`, or of ac_spawn(CALL), `(ac__untransformed(), (void)(CALL),
 * (ac_task *)0)`; a null cursor if the text is not that. */
static CXCursor task_call(CXCursor c, int spawn)
{
    CXCursor e = strip(c);
    if (spawn)
        e = comma_side(e, 0);
    e = clang_Cursor_isNull(e) ? e : comma_side(e, 1);
    if (spawn && clang_getCursorKind(e) == CXCursor_CStyleCastExpr) {
        cursors cs = children(e);
        e = cs.n ? strip(cs.v[cs.n - 1]) : clang_getNullCursor();
        free(cs.v);
    }
    return e;
}

/* ac_spawn(CALL) or ac_run(CALL): the outermost parenthesis of the macro.
 * CALL must be the call itself, as for await: an expression around it
 * (`c ? f(1) : f(2)`, `(log(), f(1))`) is an error. */
static ir_node *task_node(parser *p, CXCursor c, const macro_use *m)
{
    ir_node *n = ir_node_new(m->kind == MK_RUN ? IR_RUN : IR_SPAWN,
                             m->begin, m->end);
    set_range(p, n, c);
    n->begin = m->begin;
    n->end = m->end;
    CXCursor call = task_call(c, m->kind == MK_SPAWN);
    ir_fn *fn = clang_Cursor_isNull(call) ? NULL : async_callee(p, call);
    if (!fn || fn->is_gather) {
        const char *name = m->kind == MK_RUN ? "ac_run" : "ac_spawn";
        diag_error(n->line, n->col, "%s() needs a call of an async function",
                   name);
        if (!clang_Cursor_isNull(call) &&
            !clang_Cursor_isNull(find_first(p, call, is_async_call)))
            diag_note(n->line, n->col, "give %s() the call itself; choose "
                      "or compute around it with an if: `%s(c ? f(1) : "
                      "f(2))` is `c ? %s(f(1)) : %s(f(2))`", name, name,
                      name, name);
        else if (!clang_Cursor_isNull(call))
            pointer_hint(p, n, call);
        return n;
    }
    ir_add_kid(n, call_node(p, call, fn));
    n->has_await = ((ir_node *)n->kids.items[0])->has_await;
    return n;
}

static ir_var *local_var(parser *p, CXCursor ref)
{
    for (size_t i = 0; i < p->nvars; i++)
        if (clang_equalCursors(p->vars[i].decl, ref))
            return p->vars[i].var;
    return NULL;
}

/* A function named as a value (not called): an async one only where the
 * context expects an async function pointer type, and only an async one
 * there. Gives the IR_FNREF node, or NULL. */
/* Is function reference c where the context expects a value of a type,
 * itself or as the operand of `&` (`&f`, which is f as a value)? */
static int expected_here(parser *p, CXCursor c)
{
    CXCursor at = p->expect_at;
    if (clang_equalCursors(c, at))
        return 1;
    if (clang_getCursorKind(at) != CXCursor_UnaryOperator ||
        clang_getCursorUnaryOperatorKind(at) != CXUnaryOperator_AddrOf)
        return 0;
    cursors cs = children(at);
    int hit = cs.n == 1 && clang_equalCursors(strip(cs.v[0]), c);
    free(cs.v);
    return hit;
}

static ir_node *function_value(parser *p, CXCursor c, CXCursor ref)
{
    if (clang_getCursorKind(ref) != CXCursor_FunctionDecl)
        return NULL;
    int expected = expected_here(p, c) && is_async_type(p->expect);
    int async = is_async(ref);
    if (!async && !expected)
        return NULL;
    ir_node *n = node_at(p, IR_FNREF, c);
    char *name = spelling(ref);
    if (async && !expected) {
        diag_error(n->line, n->col, "async function '%s' used as a value "
                   "where no async function pointer type is expected",
                   name);
        if (expected_here(p, c) && function_type(p->expect).kind ==
                                        CXType_FunctionProto)
            diag_note(n->line, n->col, "give the pointer an async function "
                      "type: typedef async int fn_t(int); fn_t *p = %s; "
                      "(`async` on a pointer declarator marks the "
                      "variable, not its type)", name);
    }
    else if (!async)
        diag_error(n->line, n->col, "'%s' is not an async function; an "
                   "async function pointer type needs one", name);
    free(name);
    if (!async) {
        free(n);
        return NULL;
    }
    n->fn = fn_for(p, ref);
    set_type(p, n, clang_getCursorType(ref));
    if (expected && !clang_equalCursors(c, p->expect_at)) /* `&f` */
        set_range(p, n, p->expect_at);
    return n;
}

/* A use of a local of the async function being walked, or NULL. */
static ir_node *declref(parser *p, CXCursor c)
{
    CXCursor ref = clang_getCursorReferenced(c);
    ir_var *v = p->fn_node ? local_var(p, ref) : NULL;
    ir_node *n = node_at(p, IR_VARREF, c);
    if (v) {
        n->var = v;
        v->address_taken |= p->addr_of > 0;
        n->written = p->written > 0;
        size_t len = strlen(v->name);
        if (n->end - n->begin != len ||
            memcmp(p->file->src + n->begin, v->name, len) != 0) {
            want_expansion(p, n->begin, n->line, n->col);
            n->in_macro = 1;
        }
        return n;
    }
    free(n);
    return function_value(p, c, ref);
}

static ir_op binary_op(CXCursor c)
{
    enum CXBinaryOperatorKind k = clang_getCursorBinaryOperatorKind(c);
    if (k == CXBinaryOperator_LAnd)
        return OP_LAND;
    if (k == CXBinaryOperator_LOr)
        return OP_LOR;
    if (k == CXBinaryOperator_Comma)
        return OP_COMMA;
    if (k >= CXBinaryOperator_Assign && k <= CXBinaryOperator_OrAssign)
        return OP_ASSIGN;
    return OP_OTHER;
}

static ir_op unary_op(CXCursor c)
{
    switch (clang_getCursorUnaryOperatorKind(c)) {
    case CXUnaryOperator_AddrOf:
        return OP_ADDR;
    case CXUnaryOperator_PostInc:
    case CXUnaryOperator_PostDec:
    case CXUnaryOperator_PreInc:
    case CXUnaryOperator_PreDec:
        return OP_INCDEC;
    default:
        return OP_OTHER;
    }
}

static int same_start(CXCursor a, CXCursor b)
{
    return clang_equalLocations(clang_getRangeStart(clang_getCursorExtent(a)),
                                clang_getRangeStart(clang_getCursorExtent(b)));
}

/* GNU `a ?: b` (clang's BinaryConditionalOperator, which libclang does
 * not expose): its children are a, a again as the condition and as the
 * value when true (each converted as it needs: `int ?: long`), then b. */
static int is_elvis(CXCursor c)
{
    if (clang_getCursorKind(c) != CXCursor_UnexposedExpr)
        return 0;
    cursors cs = children(c);
    int elvis = cs.n == 4 && same_start(cs.v[0], cs.v[1]) &&
                same_start(cs.v[1], cs.v[2]) && !same_start(cs.v[2], cs.v[3]);
    free(cs.v);
    return elvis;
}

static ir_op classify(CXCursor c)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_UnexposedExpr:
        return is_elvis(c) ? OP_ELVIS : OP_OTHER;
    case CXCursor_BinaryOperator:
    case CXCursor_CompoundAssignOperator:
        return binary_op(c);
    case CXCursor_UnaryOperator:
        return unary_op(c);
    case CXCursor_ConditionalOperator:
        return OP_COND;
    case CXCursor_MemberRefExpr:
        return OP_MEMBER;
    case CXCursor_ArraySubscriptExpr:
        return OP_SUBSCRIPT;
    case CXCursor_CallExpr:
        return OP_CALL;
    case CXCursor_CompoundLiteralExpr:
        return OP_COMPLIT;
    default:
        return OP_OTHER;
    }
}

/* Does evaluating operand i of c write to it (an assignment's left side,
 * the operand of ++ or --)? */
static int writes_operand(CXCursor c, size_t i)
{
    ir_op op = classify(c);
    return (op == OP_ASSIGN && i == 0) || op == OP_INCDEC;
}

/* Needs no early evaluation: a literal, a function or an enumerator. */
static int is_stable(CXCursor c)
{
    c = strip(c);
    switch (clang_getCursorKind(c)) {
    case CXCursor_IntegerLiteral:
    case CXCursor_FloatingLiteral:
    case CXCursor_CharacterLiteral:
    case CXCursor_StringLiteral:
    case CXCursor_ImaginaryLiteral:
        return 1;
    case CXCursor_DeclRefExpr: {
        enum CXCursorKind k =
            clang_getCursorKind(clang_getCursorReferenced(c));
        return k == CXCursor_FunctionDecl || k == CXCursor_EnumConstantDecl;
    }
    default:
        return 0;
    }
}

/* An await inside sizeof or _Alignof would never run, but for sizeof of
 * a variable length array type (`sizeof(char[await f()])`), which C
 * evaluates: its size is no constant. */
static int is_unevaluated(CXCursor c)
{
    return pe_is_constant_size(c);
}

/* A local of automatic storage, neither volatile nor an array: only its
 * function reaches it by name (pe_local_fn). */
static int plain_local(void *ctx, CXCursor decl)
{
    ir_var *v = local_var(ctx, decl);
    CXType t = clang_getCanonicalType(clang_getCursorType(decl));
    return v && !v->is_static && !v->type.is_array &&
           !clang_isVolatileQualifiedType(t);
}

/* Marks operand k (cursor c) of an expression holding an await: stable,
 * or pure and reading only locals (which the lowering may read late). */
static void mark_operand(parser *p, ir_node *k, CXCursor c)
{
    k->stable = is_stable(c);
    k->pure = !k->stable && !k->has_await &&
              pe_reads_locals_only(c, plain_local, p);
}

/* The operands of expression c: its children that are expressions (not
 * type names, struct tags or designators). */
static unsigned expansion_offset(CXCursor c)
{
    unsigned off;
    clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(c)),
                               NULL, NULL, NULL, &off);
    return off;
}

/* Sorts cs by where each starts, keeping the order of those that start at
 * the same place: libclang lists the operands of the __atomic builtins
 * (unexposed expressions) out of order, the memory order before the
 * value. */
static void in_source_order(cursors *cs)
{
    unsigned *off = ut_alloc((cs->n + 1) * sizeof *off);
    for (size_t i = 0; i < cs->n; i++)
        off[i] = expansion_offset(cs->v[i]);
    for (size_t i = 1; i < cs->n; i++) {
        CXCursor c = cs->v[i];
        unsigned at = off[i];
        size_t j = i;
        for (; j > 0 && off[j - 1] > at; j--) {
            cs->v[j] = cs->v[j - 1];
            off[j] = off[j - 1];
        }
        cs->v[j] = c;
        off[j] = at;
    }
    free(off);
}

static cursors operands(CXCursor c)
{
    cursors all = children(c), ops = {0};
    if (is_elvis(c)) { /* a (once) and b */
        collect(all.v[0], c, &ops);
        collect(all.v[3], c, &ops);
        free(all.v);
        return ops;
    }
    for (size_t i = 0; i < all.n; i++) {
        int again = 0; /* `sizeof(char[n])` lists n twice */
        for (size_t j = 0; j < ops.n && !again; j++)
            again = clang_equalCursors(ops.v[j], all.v[i]);
        if (clang_isExpression(clang_getCursorKind(all.v[i])) && !again)
            collect(all.v[i], c, &ops);
    }
    free(all.v);
    if (clang_getCursorKind(c) == CXCursor_UnexposedExpr && ops.n > 1)
        in_source_order(&ops);
    return ops;
}

/* Keeps every operand of n (cursors cs) as a kid with its type. */
static void keep_operands(parser *p, ir_node *n, ir_node **kids,
                          cursors *cs)
{
    for (size_t i = 0; i < cs->n; i++) {
        ir_node *k = kids[i];
        set_type(p, k, clang_getCursorType(cs->v[i]));
        mark_operand(p, k, cs->v[i]);
        ir_add_kid(n, k);
    }
}

/* Expression c holds an await: keep its structure, every operand a kid
 * with its type, so the lowering can keep C's order of evaluation. */
static void keep_structure(parser *p, ir_node *n, CXCursor c,
                           ir_node **kids, cursors *cs)
{
    n->op = classify(c);
    n->has_await = 1;
    set_type(p, n, clang_getCursorType(c));
    if (is_unevaluated(c))
        diag_error(n->line, n->col, "'await' in an operand that is never "
                   "evaluated (sizeof or _Alignof)");
    keep_operands(p, n, kids, cs);
}

/* A brace list or a designated element in one keeps its structure, await
 * or not: it has no value of its own, so where a later element awaits,
 * the lowering evaluates its elements early one by one (flatten undoes
 * this where nothing awaits). */
static void keep_braces(parser *p, ir_node *n, CXCursor c, ir_node **kids,
                        cursors *cs)
{
    if (n->has_await) {
        expand_cut(p, n, cuts, kids, cs->n);
        keep_structure(p, n, c, kids, cs);
    } else {
        keep_operands(p, n, kids, cs);
        set_type(p, n, clang_getCursorType(c));
    }
    n->op = OP_BRACES;
}

/* Expression c holds no await: keep only its recorded descendants (and
 * compound literals, whose objects may have to move to the frame). */
static void flatten(ir_node *n, ir_node **kids, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        ir_node *k = kids[i];
        if (k->kind != IR_EXPR || k->op == OP_COMPLIT ||
            k->op == OP_UNEVALUATED) {
            ir_add_kid(n, k);
            continue;
        }
        if (k->op == OP_BRACES) /* its kids keep their structure */
            flatten(n, (ir_node **)k->kids.items, k->kids.len);
        else
            for (size_t j = 0; j < k->kids.len; j++)
                ir_add_kid(n, k->kids.items[j]);
        ut_vec_free(&k->kids);
        if (k->has_type)
            free(k->type.prefix), free(k->type.suffix);
        free(k);
    }
}

/* Like flatten, for a macro's expression: an awaiting expression written
 * in an argument keeps its structure, so that its own &&, || and ?: still
 * decide which of its awaits run. */
static void flatten_macro(ir_node *n, ir_node **kids, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        ir_node *k = kids[i];
        if (k->kind == IR_EXPR && k->has_await && k->op != OP_MACRO &&
            k->op != OP_COMPLIT)
            ir_add_kid(n, k);
        else
            flatten(n, &kids[i], 1);
    }
}

static ir_node *async_call_error(parser *p, CXCursor c, ir_fn *fn)
{
    ir_node *n = node_at(p, IR_EXPR, c);
    diag_error(n->line, n->col, "call of async function '%s' is neither "
               "awaited nor passed to ac_run, ac_spawn or ac_gather",
               fn->name);
    diag_note(n->line, n->col, "write 'await %s(...)' to run it here, or "
              "'ac_spawn(%s(...))' to run it as a task", fn->name, fn->name);
    return n;
}

typedef struct field_walk {
    size_t want, at;
    CXType type;
} field_walk;

static enum CXVisitorResult nth_field(CXCursor c, CXClientData data)
{
    field_walk *w = data;
    if (w->at++ == w->want) {
        w->type = clang_getCursorType(c);
        return CXVisit_Break;
    }
    return CXVisit_Continue;
}

/* The type of element i of an array, or of field i of a struct. */
static CXType member_type(CXType t, size_t i)
{
    CXType c = clang_getCanonicalType(t);
    field_walk w = {i, 0, {CXType_Invalid, {0, 0}}};
    if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray)
        return clang_getArrayElementType(t);
    if (c.kind == CXType_Record)
        clang_Type_visitFields(c, nth_field, &w);
    return w.type;
}

/* Is c's spelling one of the n `names`? */
static int named_one_of(CXCursor c, const char *const *names, size_t n)
{
    char *name = spelling(c);
    int hit = 0;
    for (size_t i = 0; i < n; i++)
        hit |= strcmp(name, names[i]) == 0;
    free(name);
    return hit;
}

/* A call of setjmp (or of the functions its macro may name). */
static int is_setjmp(CXCursor c)
{
    static const char *names[] = {"setjmp", "_setjmp", "__setjmp",
                                  "sigsetjmp", "__sigsetjmp"};
    if (clang_getCursorKind(c) != CXCursor_CallExpr)
        return 0;
    CXCursor ref = clang_getCursorReferenced(c);
    return !clang_Cursor_isNull(ref) &&
           named_one_of(ref, names, sizeof names / sizeof *names);
}

/* The spelling of the token that c's text starts with (malloc'd; "" if
 * there is none). */
static char *first_token(CXCursor c)
{
    CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
    CXToken *t = clang_getToken(tu,
                                clang_getRangeStart(clang_getCursorExtent(c)));
    if (!t)
        return ut_strdup("");
    CXString s = clang_getTokenSpelling(tu, *t);
    char *first = ut_strdup(clang_getCString(s));
    clang_disposeString(s);
    clang_disposeTokens(tu, t, 1);
    return first;
}

/* Which operands of expression c the compiler never evaluates because c
 * is a GNU builtin, found once per expression. */
typedef enum builtin_skip {
    SKIP_NONE,   /* c is none of them */
    SKIP_ALL,    /* __builtin_types_compatible_p, __builtin_offsetof: all
                    their operands are in type names */
    SKIP_ARGS,   /* the arguments (operands 1..) of the builtins that only
                    look at an expression (gcc: "the expression is not
                    evaluated") */
    SKIP_BUT_1,  /* __builtin_choose_expr(c, a, b) that chooses a: b */
    SKIP_BUT_2   /* ...that chooses b: a */
} builtin_skip;

/* The branch __builtin_choose_expr c does not choose. */
static builtin_skip choose_skip(CXCursor c)
{
    cursors cs = children(c);
    builtin_skip skip = SKIP_NONE;
    CXEvalResult r = cs.n == 3 ? clang_Cursor_Evaluate(cs.v[0]) : NULL;
    if (cs.n == 3)
        skip = !r || clang_EvalResult_getAsLongLong(r) ? SKIP_BUT_1
                                                        : SKIP_BUT_2;
    if (r)
        clang_EvalResult_dispose(r);
    free(cs.v);
    return skip;
}

static builtin_skip builtin_skips(CXCursor c)
{
    static const char *looks[] = {
        "__builtin_constant_p", "__builtin_object_size",
        "__builtin_dynamic_object_size", "__builtin_classify_type"};
    static const char *types[] = {"__builtin_types_compatible_p",
                                  "__builtin_offsetof"};
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_CallExpr)
        return named_one_of(c, looks, sizeof looks / sizeof *looks)
                   ? SKIP_ARGS
                   : SKIP_NONE;
    if (k != CXCursor_UnexposedExpr)
        return SKIP_NONE;
    char *first = first_token(c);
    builtin_skip skip = SKIP_NONE;
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (!strcmp(first, types[i]))
            skip = SKIP_ALL;
    if (!strcmp(first, "__builtin_choose_expr"))
        skip = choose_skip(c);
    free(first);
    return skip;
}

static int skipped_operand(builtin_skip skip, size_t i)
{
    switch (skip) {
    case SKIP_ALL:
        return 1;
    case SKIP_ARGS:
        return i > 0;
    case SKIP_BUT_1:
        return i == 2;
    case SKIP_BUT_2:
        return i == 1;
    default:
        return 0;
    }
}

/* An element of an initializer list with a designator (`.fn = a`,
 * `[1] = a`): clang's DesignatedInitExpr, unexposed, whose children are
 * the designators (a MemberRef, an index), then the value. */
static int is_designated(CXCursor c)
{
    if (clang_getCursorKind(c) != CXCursor_UnexposedExpr || is_elvis(c) ||
        builtin_skips(c) != SKIP_NONE)
        return 0;
    cursors cs = children(c);
    size_t n = cs.n;
    free(cs.v);
    return n >= 2;
}

/* The type of what designated element c of a list of type t initialises:
 * each designator names a member, or indexes an array. */
static CXType designated_type(CXType t, CXCursor c)
{
    cursors cs = children(c);
    for (size_t i = 0; i + 1 < cs.n; i++) {
        if (clang_getCursorKind(cs.v[i]) == CXCursor_MemberRef)
            t = clang_getCursorType(clang_getCursorReferenced(cs.v[i]));
        else if (i == 0 || clang_getCursorKind(cs.v[i - 1]) ==
                               CXCursor_MemberRef)
            t = member_type(t, 0); /* an index (a GNU range has two) */
    }
    free(cs.v);
    return t;
}

/* What type operand i (of n) of expression c is expected to have, where
 * an async function pointer type may be expected: the left side's for the
 * right side of `=`, the parameter's for an argument, the member's in an
 * initializer, the type cast to, the other side's in `==` and `!=`; and
 * where c itself is expected to have a type (`outer`), its branches', its
 * last operand's (`,`, a designated element). */
static void expect_operand(parser *p, CXCursor c, CXCursor *ops, size_t i,
                           size_t n, const CXType *outer)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    enum CXBinaryOperatorKind b = k == CXCursor_BinaryOperator
                                      ? clang_getCursorBinaryOperatorKind(c)
                                      : CXBinaryOperator_Invalid;
    if (b == CXBinaryOperator_Assign && i == 1)
        expect(p, ops[1], clang_getCursorType(ops[0]));
    else if ((b == CXBinaryOperator_EQ || b == CXBinaryOperator_NE) &&
             n == 2) {
        expect(p, ops[i], clang_getCursorType(ops[1 - i]));
        p->expect_compared = 1;
    }
    else if (b == CXBinaryOperator_Comma && outer && i + 1 == n)
        expect(p, ops[i], *outer);
    else if (k == CXCursor_CallExpr && i > 0)
        expect(p, ops[i], clang_getArgType(callee_type(c), (unsigned)i - 1));
    else if (k == CXCursor_InitListExpr && is_designated(ops[i]))
        expect(p, ops[i], designated_type(clang_getCursorType(c), ops[i]));
    else if (k == CXCursor_InitListExpr)
        expect(p, ops[i], member_type(clang_getCursorType(c), i));
    else if (k == CXCursor_CStyleCastExpr)
        expect(p, ops[i], clang_getCursorType(c));
    else if (k == CXCursor_ConditionalOperator && outer && i > 0)
        expect(p, ops[i], *outer);
    else if (k == CXCursor_UnexposedExpr && outer && i + 1 == n)
        expect(p, ops[i], *outer);
}

/* Is expression c made by the body of a macro (not written in the file)? */
static int in_macro_body(parser *p, CXCursor c)
{
    return made_by_macro(p, clang_getRangeStart(clang_getCursorExtent(c)));
}

static int by_place(const void *a, const void *b)
{
    unsigned x = (*(ir_node *const *)a)->begin;
    unsigned y = (*(ir_node *const *)b)->begin;
    return (x > y) - (x < y);
}

/* Await `aw`, under expression `e` that a macro's body starts, must not
 * stay hidden: the macro around the await is expanded, so that C's rules
 * apply to its text. An await written after the macro's invocation (`NEG(1)
 * + await f()`, `true && await f()`) is in no macro: the one that starts
 * `e` is expanded, as it may hold e's operator. */
static void macro_expand(parser *p, ir_node *aw, const ir_node *e)
{
    if (!aw->in_macro) {
        unsigned at = invocation_at(p, aw->begin) ? aw->begin : e->begin;
        want_expansion(p, at, aw->line, aw->col);
    }
    aw->in_macro = 1;
}

/* The awaits under n, each in the macro around it, under expression e. */
static void expand_awaits(parser *p, ir_node *n, const ir_node *e)
{
    if (n->kind == IR_AWAIT)
        macro_expand(p, n, e);
    for (size_t i = 0; i < n->kids.len; i++)
        expand_awaits(p, n->kids.items[i], e);
}

/* Is the macro that made expression c (written around the file's
 * main-file offset `off`) one of the system headers' (assert...)? */
static int system_macro(parser *p, unsigned off)
{
    const macro_use *m = invocation_at(p, off);
    if (!m)
        return 0;
    CXCursor def = clang_getCursorReferenced(m->cursor);
    return !clang_Cursor_isNull(def) &&
           clang_Location_isInSystemHeader(clang_getCursorLocation(def));
}

/* A macro invocation whose arguments await. A user's macro is expanded,
 * so that C's rules apply to its text (what it stringifies, what its
 * body sequences before the argument). A system header's (assert) keeps
 * its text: its awaits run first, once each, in order, which is what C
 * does when the macro evaluates each such argument once and
 * unconditionally; one that may skip an argument (?:, &&, || in its
 * body) or uses it twice is expanded too. */
static void macro_node(parser *p, ir_node *n, CXCursor c, ir_node **kids,
                       size_t count)
{
    int user = !system_macro(p, n->begin);
    ir_op op = classify(c);
    for (size_t i = 0; i < count; i++)
        if (user || (op == OP_COND && i > 0) ||
            ((op == OP_LAND || op == OP_LOR) && i == 1))
            expand_awaits(p, kids[i], n);
    flatten_macro(n, kids, count);
    n->op = OP_MACRO;
    n->has_await = 1;
    /* Awaiting arguments at the same place: the macro uses one twice. */
    ir_node **aw = ut_alloc((n->kids.len + 1) * sizeof *aw);
    size_t naw = 0;
    for (size_t i = 0; i < n->kids.len; i++)
        if (((ir_node *)n->kids.items[i])->has_await)
            aw[naw++] = n->kids.items[i];
    qsort(aw, naw, sizeof *aw, by_place);
    for (size_t i = 0; i + 1 < naw; i++)
        if (aw[i]->begin == aw[i + 1]->begin) {
            expand_awaits(p, aw[i], n);
            expand_awaits(p, aw[i + 1], n);
        }
    free(aw);
}

/* Reports `why` at the first await under c (written in the file or in a
 * macro's body), if any; returns whether there was one. */
static int unsupported_await(parser *p, CXCursor c, const char *why)
{
    CXCursor aw = c;
    if (!is_await(p, c) && !keyword_in_macro(p, c))
        aw = find_first(p, c, is_await);
    if (clang_Cursor_isNull(aw))
        aw = find_first(p, c, keyword_in_macro);
    if (clang_Cursor_isNull(aw))
        return 0;
    ir_node at = {0};
    set_range(p, &at, aw);
    diag_error(at.line, at.col, "%s", why);
    return 1;
}

/* A GNU statement expression `({ ... })` written in the file: its
 * statements are not cut at awaits (a macro's, as glibc's assert makes,
 * is text around its arguments, handled with the macro). */
static void statement_expression(parser *p, CXCursor c)
{
    if (!in_macro_body(p, c))
        unsupported_await(p, c, "'await' inside a statement expression "
                          "'({ ... })' is not supported; await in a "
                          "statement before it");
}

/* Do the operands of awaiting expression n cut macro invocation m? The
 * lowering rebuilds n from its operands' text and the text between them,
 * which is right when m lies whole inside one operand. An operand that is
 * an invocation's argument (`ID(y) + await f()`), or two operands made by
 * one invocation, cut it. An m that holds all of n is another rule's. */
static int cuts(const ir_node *n, ir_node **kids, size_t count,
                const macro_use *m)
{
    if (m->keyword || m->end <= n->begin || m->begin >= n->end ||
        (m->begin <= n->begin && n->end <= m->end))
        return 0;
    size_t overlapping = 0, holding = 0;
    for (size_t i = 0; i < count; i++) {
        const ir_node *k = kids[i];
        if (k->begin < m->end && m->begin < k->end) {
            overlapping++;
            holding += k->begin <= m->begin && m->end <= k->end;
        }
    }
    return !(overlapping == 1 && holding == 1);
}

/* Does the text of n, kept as a whole (a statement's condition), cover
 * invocation m only in part? Not when it holds m, or lies strictly inside
 * m's parentheses (an argument). */
static int cuts_text(const ir_node *n, ir_node **kids, size_t count,
                     const macro_use *m)
{
    (void)kids;
    (void)count;
    return !m->keyword && m->begin < n->end && n->begin < m->end &&
           !(n->begin <= m->begin && m->end <= n->end) &&
           !(m->begin < n->begin && n->end < m->end);
}

/* Expands every macro invocation that `cut` says n (with operands kids)
 * cuts, so that the next parse sees n's structure as text: one that
 * starts before n is inside the outermost invocation around n's start,
 * which is expanded first. */
static void expand_cut(parser *p, const ir_node *n, cut_test *cut,
                       ir_node **kids, size_t count)
{
    const macro_use *around = invocation_at(p, n->begin);
    if (around && around->begin < n->begin && cut(n, kids, count, around))
        want_expansion(p, around->begin, n->line, n->col);
    for (size_t i = first_from(p->expansions, p->nexpansions, n->begin);
         i < p->nexpansions && p->expansions[i].begin < n->end; i++)
        if (cut(n, kids, count, &p->expansions[i]))
            want_expansion(p, p->expansions[i].begin, n->line, n->col);
}

/* Is expression c inside the invocation expanded last? Then this parse
 * is for finding what to expand, and its text is to be parsed again: the
 * expression is not walked, which keeps a macro that multiplies awaits
 * (`#define D(x) (x + x)`, nested) from costing a walk of every copy in
 * every round. */
static int in_expanded_macro(parser *p, CXCursor c)
{
    unsigned off;
    if (!p->nedits ||
        !main_loc(p, clang_getCursorLocation(c), &off, NULL, NULL))
        return 0;
    const pm_edit *e = &p->edits[p->nedits - 1];
    return off >= e->begin && off < e->end;
}

/* Is awaiting expression c (node n, operands kids) made by a macro's
 * body, so that its operator is not written in the file? Not when the
 * invocation that starts it is all inside the first operand and the text
 * after that operand holds the operator: `MIN(a, b) && await f()`, `EOF
 * == await f()` keep the macro as written (`ONE_PLUS await f()`, whose
 * `+` is in the body, does not). */
static int hidden_by_macro(parser *p, CXCursor c, const ir_node *n,
                           ir_node **kids, size_t count)
{
    if (!in_macro_body(p, c))
        return 0;
    const macro_use *m = invocation_at(p, n->begin);
    if (!m || count < 2 || (m->begin <= n->begin && n->end <= m->end) ||
        cuts(n, kids, count, m) || kids[0]->end > kids[1]->begin)
        return 1;
    for (unsigned i = kids[0]->end; i < kids[1]->begin; i++)
        if (!isspace((unsigned char)p->file->src[i]))
            return 0;
    return 1;
}

/* sizeof in a macro's body around an awaiting argument (glibc's GNU
 * assert type-checks its argument so) does not evaluate it: the awaits
 * run where the body evaluates the argument, and the text is the same.
 * An await of the body itself is an error, found once it is expanded. */
static void unevaluated_argument(parser *p, CXCursor c, ir_node *n)
{
    if (!clang_Cursor_isNull(find_first(p, c, keyword_in_macro)))
        return;
    for (size_t i = 0; i < n->kids.len; i++)
        ir_node_free(n->kids.items[i]);
    n->kids.len = 0;
    n->has_await = 0;
}

static int variably_modified(CXType t);

/* Is operand i of the n of c in the type name of a cast or a compound
 * literal (`(__typeof__(await f()))x`): not its last, which is the value?
 * Such an operand is never evaluated, unless the type is variably
 * modified (its array sizes are evaluated, as C does). */
static int in_type_name(CXCursor c, size_t i, size_t n)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    return (k == CXCursor_CStyleCastExpr ||
            k == CXCursor_CompoundLiteralExpr) &&
           i + 1 < n && !variably_modified(clang_getCursorType(c));
}

/* Is operand i (of n) of expression c, written in the file, one that C
 * never evaluates: that of sizeof or _Alignof, the controlling expression
 * of _Generic, one in a type name, or one a GNU builtin skips (`skip`,
 * c's)? (In a macro's body, the macro's rules apply.) */
static int never_evaluated(parser *p, CXCursor c, size_t i, size_t n,
                           builtin_skip skip)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    return (is_unevaluated(c) ||
            (k == CXCursor_GenericSelectionExpr && i == 0) ||
            in_type_name(c, i, n) || skipped_operand(skip, i)) &&
           !in_macro_body(p, c);
}

/* An await in an operand that is never evaluated: it does not run, and
 * stands for a value of its type (lower.c spells a call of a null
 * function pointer of that type, which is never made either). */
static ir_node *unevaluated_await(parser *p, CXCursor c)
{
    ir_node *n = node_at(p, IR_EXPR, c);
    n->op = OP_UNEVALUATED;
    set_type(p, n, clang_getCursorType(c));
    return n;
}

/* An await in an association of _Generic, which evaluates only the one
 * it selects, is an error (one in its controlling expression, never
 * evaluated, is not); reports it and returns whether there was one. A
 * _Generic that a user's macro makes around an await is expanded first
 * (returns 1 then too); a system header's is all checked so. */
static int generic_awaits(parser *p, CXCursor c)
{
    static const char why[] = "'await' in an association of _Generic, "
                              "which evaluates only the one it selects; "
                              "await into a local first";
    if (in_macro_body(p, c)) {
        ir_node at = {0};
        set_range(p, &at, c);
        int awaits = !clang_Cursor_isNull(find_first(p, c, is_await)) ||
                     !clang_Cursor_isNull(find_first(p, c, keyword_in_macro));
        if (awaits && p->body_end && !system_macro(p, at.begin))
            return want_expansion(p, at.begin, at.line, at.col), 1;
        return unsupported_await(p, c, why);
    }
    cursors cs = operands(c);
    int found = 0;
    for (size_t i = 1; i < cs.n && !found; i++)
        found = unsupported_await(p, cs.v[i], why);
    free(cs.v);
    return found;
}

static void type_decl_awaits(parser *p, ir_node *n, CXCursor c);

/* Expression c, of an async function pointer type, where the context
 * expects a function pointer of a type not declared async (a cast, an
 * initializer, an assignment, an argument): a call through that would
 * run the async function's glue as a plain function. */
static void async_pointer_escape(parser *p, CXCursor c)
{
    CXType want = clang_getCanonicalType(p->expect);
    if (want.kind == CXType_Invalid || p->expect_compared ||
        is_async_type(p->expect) ||
        !is_async_type(clang_getCursorType(c)))
        return;
    if (want.kind == CXType_Pointer)
        want = clang_getCanonicalType(clang_getPointeeType(want));
    if (want.kind != CXType_FunctionProto &&
        want.kind != CXType_FunctionNoProto)
        return;
    ir_node at = {0};
    set_range(p, &at, c);
    diag_error(at.line, at.col, "async function pointer converted to a "
               "function pointer type not declared async; call it only "
               "with await, through an async function pointer type");
}

static ir_node *expr_node(parser *p, CXCursor c)
{
    int braces = p->designated ||
                 clang_getCursorKind(c) == CXCursor_InitListExpr;
    p->designated = 0;
    if (clang_equalCursors(c, p->expect_at))
        async_pointer_escape(p, c);
    if (p->unevaluated && is_await(p, c))
        return unevaluated_await(p, c);
    if (in_expanded_macro(p, c)) {
        ir_node *n = node_at(p, IR_EXPR, c);
        n->has_await = 1;
        return n;
    }
    unsigned off = 0;
    main_loc(p, clang_getRangeStart(clang_getCursorExtent(c)), &off, NULL,
             NULL);
    const macro_use *m = NULL;
    if (clang_getCursorKind(c) == CXCursor_ParenExpr &&
        ((m = macro_at(p, off, MK_SPAWN)) || (m = macro_at(p, off, MK_RUN))))
        return task_node(p, c, m);
    if (is_await(p, c))
        return await_node(p, c);
    if (is_keyword_in_macro(c)) {
        ir_node *n = node_at(p, IR_EXPR, c);
        n->has_await = 1;
        if (p->body_end) /* in a function's body */
            want_expansion(p, n->begin, n->line, n->col);
        else
            diag_error(n->line, n->col, "'await' outside an async function");
        return n;
    }
    ir_fn *fn = async_callee(p, c);
    if (fn)
        return async_call_error(p, c, fn);
    if (p->fn_node && is_setjmp(c)) {
        ir_node tmp = {0};
        set_range(p, &tmp, c);
        diag_error(tmp.line, tmp.col, "setjmp in an async function: the "
                   "function's frame outlives the C stack that setjmp "
                   "saves; return error codes instead");
    }
    if (p->fn_node && clang_getCursorKind(c) == CXCursor_StmtExpr)
        statement_expression(p, c);
    if (clang_getCursorKind(c) == CXCursor_GenericSelectionExpr &&
        generic_awaits(p, c))
        return node_at(p, IR_EXPR, c);
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr) {
        ir_node *ref = declref(p, c);
        if (ref)
            return ref;
    }
    ir_node *n = node_at(p, IR_EXPR, c);
    /* A statement expression a macro makes has statements, not operands:
     * the arguments in them stand for them (the macro is then expanded,
     * or kept with its awaits run first, as for any macro). */
    cursors cs = clang_getCursorKind(c) == CXCursor_StmtExpr &&
                         in_macro_body(p, c)
                     ? args_within(p, c)
                     : operands(c);
    ir_node **kids = ut_alloc((cs.n + 1) * sizeof *kids);
    int awaits = 0;
    int addr = classify(c) == OP_ADDR;
    int list = clang_getCursorKind(c) == CXCursor_InitListExpr;
    builtin_skip skip = builtin_skips(c);
    CXType outer = p->expect;
    int expected = clang_equalCursors(c, p->expect_at);
    p->addr_of += addr;
    for (size_t i = 0; i < cs.n; i++) {
        int off = never_evaluated(p, c, i, cs.n, skip);
        int writes = writes_operand(c, i);
        expect_operand(p, c, cs.v, i, cs.n, expected ? &outer : NULL);
        p->unevaluated += off;
        p->written += writes;
        p->designated = list && is_designated(cs.v[i]);
        kids[i] = expr_node(p, cs.v[i]);
        kids[i]->skipped = off;
        p->written -= writes;
        p->unevaluated -= off;
        awaits |= kids[i]->has_await;
    }
    p->addr_of -= addr;
    if (awaits && hidden_by_macro(p, c, n, kids, cs.n)) {
        macro_node(p, n, c, kids, cs.n);
    } else if (braces) {
        n->has_await = awaits;
        keep_braces(p, n, c, kids, &cs);
    } else if (awaits) {
        expand_cut(p, n, cuts, kids, cs.n);
        keep_structure(p, n, c, kids, &cs);
    } else {
        flatten(n, kids, cs.n);
        if (p->fn_node && classify(c) == OP_COMPLIT) {
            if (in_macro_body(p, c)) /* its object may move to the frame */
                want_expansion(p, n->begin, n->line, n->col);
            n->op = OP_COMPLIT;
            set_type(p, n, clang_getCursorType(c));
        }
    }
    free(kids);
    free(cs.v);
    if (p->fn_node)
        type_decl_awaits(p, n, c);
    if (n->has_await && is_unevaluated(c) && in_macro_body(p, c))
        unevaluated_argument(p, c, n);
    return n;
}

/* Records expression c's nodes in `out`: c itself when it holds an await,
 * else its recorded descendants. */
static void walk_expr(parser *p, CXCursor c, ir_node *out)
{
    ir_node *n = expr_node(p, c);
    if (n->kind == IR_EXPR && !n->has_await && n->op != OP_COMPLIT)
        flatten(out, &n, 1);
    else
        ir_add_kid(out, n);
}

/* ---- statements --------------------------------------------------------- */

static ir_node *walk_stmt(parser *p, CXCursor c);

/* Keeps n if it recorded anything, else frees it. */
static ir_node *keep(ir_node *n)
{
    if (n->kids.len)
        return n;
    ut_vec_free(&n->kids);
    free(n);
    return NULL;
}

/* Is child i of n statement c a sub-statement (rather than a condition,
 * a clause or a case value)? An expression there is a statement. */
static int is_body(CXCursor c, size_t i, size_t n)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_CompoundStmt:
        return 1;
    case CXCursor_IfStmt:
        return i >= 1;
    case CXCursor_WhileStmt:
    case CXCursor_SwitchStmt:
        return i == 1;
    case CXCursor_DoStmt:
        return i == 0;
    case CXCursor_ForStmt:
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
    case CXCursor_LabelStmt:
        return i + 1 == n;
    default:
        return 0;
    }
}

static void walk_kids(parser *p, CXCursor c, ir_node *n)
{
    cursors cs = children(c);
    for (size_t i = 0; i < cs.n; i++) {
        enum CXCursorKind k = clang_getCursorKind(cs.v[i]);
        if (clang_isExpression(k) && !is_body(c, i, cs.n)) {
            if (clang_getCursorKind(c) == CXCursor_ReturnStmt)
                expect(p, cs.v[i], clang_getResultType(
                                       clang_getCursorType(p->fn_cursor)));
            walk_expr(p, cs.v[i], n);
        } else if (k == CXCursor_VarDecl) {
            CXCursor init = clang_Cursor_getVarDeclInitializer(cs.v[i]);
            if (clang_Cursor_isNull(init))
                continue;
            expect(p, init, clang_getCursorType(cs.v[i]));
            walk_expr(p, init, n);
        } else if (clang_isStatement(k) || clang_isExpression(k) ||
                   k == CXCursor_DeclStmt) {
            ir_node *kid = walk_stmt(p, cs.v[i]);
            if (kid)
                ir_add_kid(n, kid);
        }
    }
    free(cs.v);
}

static ir_node *scope_stmt(parser *p, ir_kind kind, CXCursor c)
{
    ir_node *n = node_at(p, kind, c);
    ir_node *outer = p->scope;
    p->scope = n;
    walk_kids(p, c, n);
    p->scope = outer;
    return n;
}

/* A struct, union or enum without a tag, defined in this file, is spelled
 * by its definition's text: `struct { int a, b; }`. */
static void name_anonymous(parser *p, ir_type *t, CXType type)
{
    CXCursor def = clang_getTypeDeclaration(clang_getUnqualifiedType(type));
    ir_node range = {0};
    if (clang_Cursor_isNull(def) || !set_range(p, &range, def) ||
        range.end <= range.begin || t->suffix[0])
        return;
    free(t->prefix);
    t->prefix = ut_format("%.*s ", (int)(range.end - range.begin),
                          p->file->src + range.begin);
    t->is_anonymous = 0;
}

static int is_macro_name(parser *p, const char *name);

/* Does t (through pointers and arrays) name the unnamed type that decl
 * defines? */
static int names_type(CXType t, CXCursor decl)
{
    for (;;) {
        CXType c = clang_getCanonicalType(t);
        if (c.kind == CXType_Pointer)
            t = clang_getPointeeType(c);
        else if (c.kind == CXType_ConstantArray ||
                 c.kind == CXType_IncompleteArray)
            t = clang_getArrayElementType(c);
        else
            break;
    }
    CXCursor d = clang_getTypeDeclaration(
        clang_getUnqualifiedType(clang_getCanonicalType(t)));
    return !clang_Cursor_isNull(d) && clang_equalCursors(
        clang_getCanonicalCursor(d), clang_getCanonicalCursor(decl));
}

/* A local of the unnamed type its declaration defines (`enum { IDLE,
 * BUSY } state`): its type is spelled by the typedef name the lowering
 * gives the definition (spelling the definition again would define
 * another type, and its enumerators twice). Replaces clang's
 * `enum (unnamed at f.c:3:5)` in t's prefix. */
static void name_local_anonymous(parser *p, ir_type *t, CXType type)
{
    char *at = strstr(t->prefix, "(unnamed");
    const char *name = NULL; /* also in `__auto_type t = s;` later on */
    for (size_t i = 0; i < p->nanons && !name; i++)
        if (names_type(type, p->anons[i].decl))
            name = p->anons[i].name;
    if (!at || !name)
        return;
    char *close = strchr(at, ')');
    char *kw = at;
    while (kw > t->prefix && kw[-1] == ' ')
        kw--;
    while (kw > t->prefix && kw[-1] != ' ' && kw[-1] != '(')
        kw--;
    if (!close)
        return;
    char *named = ut_format("%.*s%s%s", (int)(kw - t->prefix), t->prefix,
                            name, close + 1);
    free(t->prefix);
    t->prefix = named;
    t->is_anonymous = 0;
}

/* A volatile local stays volatile in the frame (its reads are not merged
 * or hoisted); ptype_make drops top-level qualifiers, which a copy of a
 * value does not need. Written last in the prefix, the qualifier is the
 * declared object's: `int *volatile p`, `int volatile n`. */
static void keep_volatile(ir_type *t, CXType declared)
{
    CXType c = clang_getCanonicalType(declared);
    if (t->is_array || !clang_isVolatileQualifiedType(c))
        return;
    char *q = ut_format("%svolatile ", t->prefix);
    free(t->prefix);
    t->prefix = q;
}

static ir_var *new_var(parser *p, CXCursor decl, int is_param)
{
    ir_var *v = ut_alloc(sizeof *v);
    v->name = spelling(decl);
    v->type = ptype_make(clang_getCursorType(decl));
    keep_volatile(&v->type, clang_getCursorType(decl));
    if (v->type.is_anonymous && !is_param)
        name_local_anonymous(p, &v->type, clang_getCursorType(decl));
    v->is_param = is_param;
    if (v->type.is_anonymous)
        name_anonymous(p, &v->type, clang_getCursorType(decl));
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(decl);
    v->is_static = sc == CX_SC_Static || sc == CX_SC_Extern;
    v->scope = p->scope;
    v->type.is_local = !is_param && local_type(p, clang_getCursorType(decl));
    v->names_macro = is_macro_name(p, v->name);
    pa_source src = {p->tu, p->main, p->file->src, p->file->len};
    pa_attrs attrs;
    pa_var_attrs(&src, decl, &attrs);
    v->has_cleanup = attrs.cleanup;
    v->has_align = attrs.aligned;
    if (attrs.align) { /* its bytes in a frame are placed so aligned */
        v->type.own_align = attrs.align;
        if (attrs.align > v->type.align)
            v->type.align = attrs.align;
    }
    v->attrs = attrs.text;
    main_loc(p, clang_getCursorLocation(decl), &v->decl_off, &v->line,
             &v->col);
    p->vars = ut_realloc(p->vars, (p->nvars + 1) * sizeof *p->vars);
    p->vars[p->nvars++] = (var_entry){decl, v};
    ut_vec_push(&p->fn_node->vars, v);
    return v;
}

static void declaration_awaits(parser *p, ir_node *n, CXCursor c,
                               CXCursor skip, CXType type);

static void decl_var(parser *p, ir_node *n, CXCursor decl)
{
    ir_var *v = new_var(p, decl, 0);
    ut_vec_push(&n->vars, v);
    CXCursor init = clang_Cursor_getVarDeclInitializer(decl);
    declaration_awaits(p, n, decl, init, clang_getCursorType(decl));
    if (clang_Cursor_isNull(init))
        return;
    if (v->is_static) { /* constant: its awaits never run, and an async
                           function is a value where a pointer to one is
                           expected (`static handler_fn *h = f;`) */
        expect(p, init, clang_getCursorType(decl));
        p->unevaluated++;
        walk_expr(p, init, n);
        p->unevaluated--;
        return;
    }
    enum CXCursorKind k = clang_getCursorKind(strip(init));
    v->init_braced = k == CXCursor_InitListExpr;
    v->init_is_list = k == CXCursor_InitListExpr ||
                      (v->type.is_array && k == CXCursor_StringLiteral);
    expect(p, init, clang_getCursorType(decl));
    v->init = expr_node(p, init);
    ir_add_kid(n, v->init);
}

/* Is declaration n (partly) made by a macro: a name written inside an
 * invocation (`DECL(int, x, 3)`), or a function-like macro's at its
 * start (`DECL(x)` for `int x = 7`)? `bool ok = true;` is not. */
static int made_declaration(parser *p, ir_node *n)
{
    if (n->in_macro)
        return 1;
    for (size_t i = 0; i < n->vars.len; i++)
        if (invocation_at(p, ((ir_var *)n->vars.items[i])->decl_off))
            return 1;
    const macro_use *m = invocation_at(p, n->begin);
    return m && pm_function_like(p->tu, clang_getCursorReferenced(m->cursor));
}

/* Does type t have a variable length array in it, whose size C
 * evaluates where the type is declared? */
static int variably_modified(CXType t)
{
    for (;;) {
        switch (t.kind) {
        case CXType_VariableArray:
            return 1;
        case CXType_Pointer:
            t = clang_getPointeeType(t);
            break;
        case CXType_ConstantArray:
        case CXType_IncompleteArray:
            t = clang_getArrayElementType(t);
            break;
        default:
            return 0;
        }
    }
}

typedef struct decl_awaits {
    parser *p;
    ir_node *n;
    CXCursor skip;
} decl_awaits;

static enum CXChildVisitResult decl_await_visit(CXCursor c, CXCursor parent,
                                                CXClientData data)
{
    (void)parent;
    decl_awaits *d = data;
    if (clang_equalCursors(c, d->skip))
        return CXChildVisit_Continue;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
        local_var(d->p, clang_getCursorReferenced(c))) {
        ir_add_kid(d->n, declref(d->p, c)); /* char copy[sizeof buf] */
        return CXChildVisit_Continue;
    }
    if (!is_await(d->p, c))
        return CXChildVisit_Recurse;
    ir_add_kid(d->n, unevaluated_await(d->p, c));
    return CXChildVisit_Continue;
}

static enum CXChildVisitResult type_decl_visit(CXCursor c, CXCursor parent,
                                               CXClientData data)
{
    (void)parent;
    if (clang_isDeclaration(clang_getCursorKind(c)))
        clang_visitChildren(c, decl_await_visit, data);
    return CXChildVisit_Continue;
}

/* Awaits and locals in the declarations that the type name of expression
 * c (node n) holds: `sizeof(struct { __typeof__(await f()) a; })`, a cast
 * to a pointer to such a struct. They never run (a struct has no
 * variably modified member), and become kids of n, in place, that no
 * lowering evaluates early. */
static void type_decl_awaits(parser *p, ir_node *n, CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_UnaryExpr && k != CXCursor_CStyleCastExpr &&
        k != CXCursor_CompoundLiteralExpr && k != CXCursor_UnexposedExpr)
        return; /* no type name of its own */
    size_t before = n->kids.len;
    decl_awaits d = {p, n, clang_getNullCursor()};
    clang_visitChildren(c, type_decl_visit, &d);
    if (n->kids.len == before)
        return;
    for (size_t i = before; i < n->kids.len; i++)
        ((ir_node *)n->kids.items[i])->skipped = 1;
    qsort(n->kids.items, n->kids.len, sizeof *n->kids.items, by_place);
}

/* Awaits and locals in declaration c but for its part `skip` (a local's
 * initializer, which runs): in a type (an array's size, `__typeof__`), an enumerator,
 * a _Static_assert or a static local's initializer, which are constant or
 * never evaluated. They become kids of n that never run
 * (OP_UNEVALUATED); in a variable length array's size, which C evaluates
 * where the type is declared, they are an error. */
static void declaration_awaits(parser *p, ir_node *n, CXCursor c,
                               CXCursor skip, CXType type)
{
    decl_awaits d = {p, n, skip};
    if (!variably_modified(type)) {
        clang_visitChildren(c, decl_await_visit, &d);
        return;
    }
    cursors cs = children(c);
    for (size_t i = 0; i < cs.n; i++)
        if (!clang_equalCursors(cs.v[i], skip) &&
            unsupported_await(p, cs.v[i], "'await' in the size of a "
                              "variable length array type; await into a "
                              "local first"))
            break;
    free(cs.v);
}

/* Where the macro that made declaration n is: around a name it made
 * (`int NAME = 1;`), else at its start. */
static unsigned declaration_macro(parser *p, const ir_node *n)
{
    if (p->in_macro)
        return p->macro_stmt;
    for (size_t i = 0; i < n->vars.len; i++) {
        unsigned off = ((ir_var *)n->vars.items[i])->decl_off;
        if (invocation_at(p, off))
            return off;
    }
    return n->begin;
}

static ir_node *decl_stmt(parser *p, CXCursor c)
{
    ir_node *n = node_at(p, IR_DECL, c);
    n->in_macro = p->in_macro;
    int other = 0;
    cursors cs = children(c);
    for (size_t i = 0; i < cs.n; i++) {
        enum CXCursorKind k = clang_getCursorKind(cs.v[i]);
        if (k == CXCursor_VarDecl) {
            decl_var(p, n, cs.v[i]);
            n->in_macro |= from_macro(p, cs.v[i]);
            continue;
        }
        declaration_awaits(p, n, cs.v[i], clang_getNullCursor(),
                           k == CXCursor_TypedefDecl
                               ? clang_getTypedefDeclUnderlyingType(cs.v[i])
                               : clang_getCursorType(cs.v[i]));
        if (clang_Cursor_isAnonymous(cs.v[i]) && p->fn_node &&
            !p->for_init && clang_isCursorDefinition(cs.v[i])) {
            ir_node at = {0};
            if (set_range(p, &at, cs.v[i])) {
                n->anon_def = (ir_range){at.begin, at.end};
                n->anon_name = ut_format("ac_anon_%u", ++p->anon_count);
                p->anons = ut_realloc(p->anons,
                                      (p->nanons + 1) * sizeof *p->anons);
                p->anons[p->nanons++] =
                    (struct anon_type){cs.v[i], n->anon_name};
            }
        } else if (!clang_Cursor_isAnonymous(cs.v[i])) {
            other = 1; /* a tagged type the rest of the block may use */
            ir_node at = {0};
            /* its definition, or its first declaration (`struct s *p`
             * declares struct s where no outer one is seen) */
            CXCursor first = clang_getCanonicalCursor(cs.v[i]);
            if ((clang_isCursorDefinition(cs.v[i]) ||
                 clang_equalCursors(first, cs.v[i])) &&
                set_range(p, &at, cs.v[i]))
                n->type_def = (ir_range){at.begin, at.end};
        }
    }
    free(cs.v);
    if (n->vars.len && p->fn_node && made_declaration(p, n))
        want_expansion(p, declaration_macro(p, n), n->line,
                       n->col); /* its locals may live across an await */
    if (other && n->vars.len)
        n->defines_type = 1;
    if (!n->vars.len && !n->kids.len) {
        ut_vec_free(&n->vars);
        free(n);
        return NULL;
    }
    return n;
}

static ir_node *expr_stmt(parser *p, CXCursor c)
{
    ir_node *n = node_at(p, IR_EXPR_STMT, c);
    take_semicolon(p, n);
    walk_expr(p, c, n);
    return keep(n);
}

/* A statement kept as a node even when nothing in it is recorded: the
 * body of a loop that is rebuilt around an await. */
static ir_node *stmt_or_leaf(parser *p, CXCursor c)
{
    ir_node *n = walk_stmt(p, c);
    if (n)
        return n;
    n = node_at(p, IR_STMT, c);
    if (clang_getCursorKind(c) != CXCursor_CompoundStmt)
        take_semicolon(p, n); /* break; x++; ... end with theirs */
    return n;
}

/* Expression n's text is kept as a whole (a statement's condition): a
 * macro invocation it covers only in part is expanded. libclang ends an
 * expression that a macro's body ends at the outermost invocation's `)`
 * (or, nested in another's argument, before its start: no range), so
 * `ID(TWICE(x))` expands ID. */
static void expand_cut_range(parser *p, const ir_node *n)
{
    const macro_use *around = invocation_at(p, n->begin);
    if (around && n->end <= n->begin) /* libclang gave no end */
        want_expansion(p, around->begin, n->line, n->col);
    else
        expand_cut(p, n, cuts_text, NULL, 0);
}

/* if, switch, while, do: the condition and the sub-statements. */
static ir_node *cond_stmt(parser *p, CXCursor c, ir_kind kind)
{
    ir_node *n = node_at(p, kind, c);
    ir_node *outer = p->loop;
    if (kind == IR_WHILE || kind == IR_DO)
        p->loop = n;
    cursors cs = children(c);
    for (size_t i = 0; i < cs.n; i++) {
        if (!is_body(c, i, cs.n)) {
            n->cond = expr_node(p, cs.v[i]);
            expand_cut_range(p, n->cond);
            ir_add_kid(n, n->cond);
        } else {
            ir_node *k = stmt_or_leaf(p, cs.v[i]);
            if (!n->body)
                n->body = k;
            ir_add_kid(n, k);
        }
    }
    free(cs.v);
    p->loop = outer;
    return n;
}

/* The offsets of the two ';' and the ')' of `for (init; cond; inc)`. */
static void for_clauses(parser *p, CXCursor c, unsigned cut[3])
{
    CXToken *toks;
    unsigned n, depth = 0, braces = 0, k = 0;
    cut[0] = cut[1] = cut[2] = 0;
    clang_tokenize(p->tu, clang_getCursorExtent(c), &toks, &n);
    for (unsigned i = 0; i < n && k < 3; i++) {
        CXString s = clang_getTokenSpelling(p->tu, toks[i]);
        const char *t = clang_getCString(s);
        unsigned off = 0;
        main_loc(p, clang_getTokenLocation(p->tu, toks[i]), &off, NULL, NULL);
        if (strcmp(t, "(") == 0)
            depth++;
        else if (strcmp(t, ")") == 0 && --depth == 0)
            cut[k = 2] = off, k = 3;
        else if (strcmp(t, "{") == 0)
            braces++; /* `for (struct { int a; } s = ...` */
        else if (strcmp(t, "}") == 0 && braces)
            braces--;
        else if (strcmp(t, ";") == 0 && depth == 1 && !braces && k < 2)
            cut[k++] = off;
        clang_disposeString(s);
    }
    clang_disposeTokens(p->tu, toks, n);
}

/* for (init; cond; inc) body: a scope; each clause found by position. */
static ir_node *for_stmt(parser *p, CXCursor c)
{
    ir_node *n = node_at(p, IR_FOR, c);
    ir_node *outer_scope = p->scope, *outer_loop = p->loop;
    p->scope = p->loop = n;
    unsigned cut[3];
    for_clauses(p, c, cut);
    cursors cs = children(c);
    for (size_t i = 0; i < cs.n; i++) {
        ir_node probe = {0};
        set_range(p, &probe, cs.v[i]);
        ir_node *k;
        if (i + 1 == cs.n) {
            k = n->body = stmt_or_leaf(p, cs.v[i]);
        } else if (clang_getCursorKind(cs.v[i]) == CXCursor_DeclStmt) {
            p->for_init = 1;
            k = n->init = walk_stmt(p, cs.v[i]);
            p->for_init = 0;
        } else {
            k = expr_node(p, cs.v[i]);
            if (probe.begin < cut[0])
                n->init = k;
            else if (probe.begin < cut[1])
                n->cond = k;
            else
                n->inc = k;
        }
        if (k)
            ir_add_kid(n, k);
    }
    free(cs.v);
    p->scope = outer_scope;
    p->loop = outer_loop;
    return n;
}

static ir_node *continue_stmt(parser *p, CXCursor c)
{
    if (!p->loop)
        return NULL;
    ir_node *n = node_at(p, IR_CONTINUE, c);
    take_semicolon(p, n);
    n->loop = p->loop;
    p->loop->has_continue = 1;
    return n;
}

static ir_node *return_stmt(parser *p, CXCursor c)
{
    ir_node *n;
    if (p->in_macro || from_macro(p, c)) {
        /* In a macro's body: the text cannot change; the statement the
         * macro made is rendered with `return` redefined (lower.c). */
        p->macro_returns++;
        n = node_at(p, IR_STMT, c);
        walk_kids(p, c, n);
        return keep(n);
    }
    n = node_at(p, IR_RETURN, c);
    take_semicolon(p, n);
    cursors cs = children(c);
    if (cs.n == 1) {
        CXType fnty = clang_getCursorType(p->fn_cursor);
        expect(p, cs.v[0], clang_getResultType(fnty));
        ir_add_kid(n, expr_node(p, cs.v[0]));
    }
    free(cs.v);
    return n;
}

/* A statement a macro made covers the whole invocation, `)` included. */
static void whole_invocation(parser *p, ir_node *n)
{
    for (size_t i = first_from(p->expansions, p->nexpansions, n->begin);
         i < p->nexpansions && p->expansions[i].begin == n->begin; i++)
        if (p->expansions[i].end > n->end)
            n->end = p->expansions[i].end;
}

/* A statement ends where its last sub-statement does, ';' included. */
static void cover_kids(ir_node *n)
{
    for (size_t i = 0; i < n->kids.len; i++) {
        ir_node *k = n->kids.items[i];
        if (k->end > n->end)
            n->end = k->end;
    }
}

/* A statement kept as text, whose operands cannot await (`why` says so
 * when one does): an asm statement's operands are the compiler's to place;
 * GNU's `goto *target;` may reach only the resume function's labels, whose
 * addresses stay valid across suspensions. The locals they name are read
 * like any other's. */
static ir_node *text_stmt(parser *p, CXCursor c, const char *why)
{
    if (unsupported_await(p, c, why))
        return NULL;
    ir_node *n = node_at(p, IR_STMT, c);
    walk_kids(p, c, n);
    return keep(n);
}

/* A label of an async function named like those of its generated code
 * (ac_resume_1, ac_cont_1) would be defined twice. */
static void reserved_label(parser *p, CXCursor c)
{
    char *name = spelling(c);
    if (!strncmp(name, "ac_resume_", 10) || !strncmp(name, "ac_cont_", 8)) {
        ir_node at = {0};
        set_range(p, &at, c);
        diag_error(at.line, at.col, "label '%s' has a name that asyncc's "
                   "generated code uses (ac_resume_N, ac_cont_N); rename it",
                   name);
    }
    free(name);
}

/* Statement c (node n, or NULL) was walked after statements that end at
 * `before`. One that starts earlier was made by a macro that repeats or
 * reorders statements (`#define TWICE(s) s; s`): if it awaits, the macro
 * is expanded, so that each statement has text of its own. */
static void statement_order(parser *p, CXCursor c, const ir_node *n,
                            unsigned before)
{
    ir_node at = {0};
    if (!n) {
        if (!set_range(p, &at, c))
            return;
        n = &at;
    }
    if (p->fn_node && n->begin < before && invocation_at(p, n->begin) &&
        (!clang_Cursor_isNull(find_first(p, c, is_await)) ||
         !clang_Cursor_isNull(find_first(p, c, keyword_in_macro))))
        want_expansion(p, n->begin, n->line, n->col);
    if (n->end > p->stmt_end)
        p->stmt_end = n->end;
}

/* Walks a statement of an async function; NULL when it is kept verbatim. */
static ir_node *walk_stmt(parser *p, CXCursor c)
{
    unsigned stmt_end = p->stmt_end;
    /* A macro that expands to an expression is an expression statement
     * like any other: its awaits are handled with the expression. */
    int macro = clang_getCursorKind(c) != CXCursor_DeclStmt &&
                !clang_isExpression(clang_getCursorKind(c)) &&
                from_macro(p, c);
    int outermost = macro && !p->in_macro && p->fn_node;
    int returns = p->macro_returns;
    unsigned macro_stmt = p->macro_stmt;
    if (macro && !p->in_macro)
        main_loc(p, clang_getCursorLocation(c), &p->macro_stmt, NULL, NULL);
    p->in_macro += macro;
    if (p->fn_node && clang_getCursorKind(c) == CXCursor_LabelStmt)
        reserved_label(p, c);
    ir_node *n;
    switch (p->fn_node ? clang_getCursorKind(c) : CXCursor_UnexposedStmt) {
    case CXCursor_CompoundStmt:
        n = keep(scope_stmt(p, IR_BLOCK, c));
        break;
    case CXCursor_ForStmt:
        n = for_stmt(p, c);
        break;
    case CXCursor_IfStmt:
        n = cond_stmt(p, c, IR_IF);
        break;
    case CXCursor_SwitchStmt:
        n = cond_stmt(p, c, IR_SWITCH);
        break;
    case CXCursor_WhileStmt:
        n = cond_stmt(p, c, IR_WHILE);
        break;
    case CXCursor_DoStmt:
        n = cond_stmt(p, c, IR_DO);
        break;
    case CXCursor_ContinueStmt:
        n = continue_stmt(p, c);
        break;
    case CXCursor_GotoStmt:
        p->fn_node->has_goto = 1;
        n = NULL;
        break;
    case CXCursor_IndirectGotoStmt:
        p->fn_node->has_goto = 1;
        n = text_stmt(p, c, "'await' in the target of a computed goto is "
                      "not supported; await into a local before the goto "
                      "and jump through the local");
        break;
    case CXCursor_DeclStmt:
        n = decl_stmt(p, c);
        break;
    case CXCursor_ReturnStmt:
        n = return_stmt(p, c);
        break;
    case CXCursor_GCCAsmStmt:
    case CXCursor_MSAsmStmt:
        n = text_stmt(p, c, "'await' in an asm operand is not supported; "
                      "await into a local before the asm statement and use "
                      "the local");
        break;
    default:
        if (clang_isExpression(clang_getCursorKind(c)) && !p->fn_node) {
            n = node_at(p, IR_STMT, c);
            walk_expr(p, c, n);
            n = keep(n);
        } else if (clang_isExpression(clang_getCursorKind(c))) {
            n = expr_stmt(p, c);
        } else {
            n = node_at(p, IR_STMT, c);
            walk_kids(p, c, n);
            n = keep(n);
        }
        break;
    }
    if (n) {
        n->in_macro |= macro;
        cover_kids(n);
    }
    if (n && n->kind == IR_DO)
        take_semicolon(p, n);
    if (outermost && p->macro_returns != returns) {
        if (!n)
            n = node_at(p, IR_STMT, c);
        n->macro_return = 1;
        whole_invocation(p, n);
        take_semicolon(p, n);
    }
    p->in_macro -= macro;
    p->macro_stmt = macro_stmt;
    statement_order(p, c, n, stmt_end);
    return n;
}

/* ---- top level ---------------------------------------------------------- */

/* The range of a function declaration, including a leading `async`. */
static void decl_range(parser *p, ir_node *n, CXCursor fn)
{
    set_range(p, n, fn);
    unsigned a;
    CXCursor attr = async_attr(fn);
    if (!clang_Cursor_isNull(attr) &&
        main_loc(p, clang_getRangeStart(clang_getCursorExtent(attr)), &a,
                 NULL, NULL) &&
        a < n->begin) {
        n->begin = a;
        main_loc(p, clang_getRangeStart(clang_getCursorExtent(attr)), NULL,
                 &n->line, &n->col);
    }
}

/* More awaits than this in one function, as its macros expand, come from
 * a macro that repeats an awaiting argument, nested; the function would
 * take minutes to transform and compile. */
enum { MAX_AWAITS = 10000 };

static enum CXChildVisitResult count_extension(CXCursor c, CXCursor parent,
                                               CXClientData data)
{
    (void)parent;
    if (clang_getCursorKind(c) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_Extension)
        ++*(size_t *)data;
    return *(size_t *)data > MAX_AWAITS ? CXChildVisit_Break
                                        : CXChildVisit_Recurse;
}

/* Does the body hold more than MAX_AWAITS awaits (counted as __extension__
 * operators, which they are, without the cost of placing each)? */
static int too_many_awaits(CXCursor body)
{
    size_t n = 0;
    clang_visitChildren(body, count_extension, &n);
    return n > MAX_AWAITS;
}

/* The resume function is built around the body's braces as written: a
 * brace a macro makes (`#define BEGIN {`) is expanded first. */
static void braces_from_macros(parser *p, const ir_node *body)
{
    const char *src = p->file->src;
    if (body->end <= body->begin)
        return;
    if (!ir_open_brace(src + body->begin))
        want_expansion(p, body->begin, body->line, body->col);
    if (!ir_close_brace(src, body->end) && invocation_at(p, body->end - 1))
        want_expansion(p, body->end - 1, body->line, body->col);
}

/* An #include in the body of async definition n is an error: what it
 * declares and does is not in this file, where asyncc rewrites. */
static void included_in_body(parser *p, const ir_node *n)
{
    for (size_t i = 0; i < p->includes.n; i++) {
        ir_node at = {0};
        set_range(p, &at, p->includes.v[i]);
        if (at.begin < p->body_begin || at.begin >= p->body_end)
            continue;
        diag_error(at.line, at.col, "#include in the body of async function "
                   "'%s': asyncc cannot rewrite the code of another file",
                   n->fn->name);
        diag_note(at.line, at.col, "include it at file scope, or move the "
                  "code it holds into this file or into a plain function");
    }
}

/* The struct, union or enum that async function c (node n, whose return
 * type ends before offset `end`) defines in its return type (`async
 * struct pt { int x, y; } make(void)`): its text, which the generated code
 * keeps. */
static void return_type_def(parser *p, CXCursor c, ir_node *n, unsigned end)
{
    CXType t = clang_getCursorResultType(c);
    while (t.kind == CXType_Pointer)
        t = clang_getPointeeType(t);
    CXCursor d = clang_getTypeDeclaration(t);
    ir_node at = {0};
    if (!clang_Cursor_isNull(d) && clang_isCursorDefinition(d) &&
        set_range(p, &at, d) && at.begin >= n->begin &&
        at.end <= end)
        n->type_def = (ir_range){at.begin, at.end};
}

static void async_def(parser *p, CXCursor c, ir_node *root)
{
    ir_node *n = ir_node_new(IR_ASYNC_DEF, 0, 0);
    decl_range(p, n, c);
    n->fn = fn_for(p, c);
    if (!strcmp(n->fn->name, "main"))
        diag_error(n->line, n->col, "'main' cannot be async: the program "
                   "starts it as a plain function; write a plain main that "
                   "returns ac_run(amain()) for an async amain");
    n->fn->def = n;
    n->fn->def_order = ++p->def_count;
    p->fn_node = n;
    p->fn_cursor = c;
    p->nvars = 0;
    for (size_t i = 0; i < p->expanded->len && !n->expanded; i++)
        n->expanded = strcmp(p->expanded->items[i], n->fn->name) == 0;
    cursors cs = children(c);
    CXCursor body = clang_getNullCursor();
    for (size_t i = 0; i < cs.n; i++)
        if (clang_getCursorKind(cs.v[i]) == CXCursor_CompoundStmt)
            body = cs.v[i];
    free(cs.v);
    n->body = node_at(p, IR_BLOCK, body);
    return_type_def(p, c, n, n->body->begin);
    p->body_begin = n->body->begin;
    p->body_end = n->body->end;
    braces_from_macros(p, n->body);
    p->scope = n->body;
    int nargs = clang_Cursor_getNumArguments(c);
    for (int i = 0; i < nargs; i++) {
        CXCursor arg = clang_Cursor_getArgument(c, (unsigned)i);
        ir_var *v = new_var(p, arg, 1);
        CXType t = clang_getCursorType(arg);
        enum CXTypeKind k = clang_getCanonicalType(t).kind;
        if (v->type.is_array || k == CXType_FunctionProto ||
            k == CXType_FunctionNoProto) { /* a pointer, as a parameter */
            free(v->type.prefix);
            free(v->type.suffix);
            v->type = ptype_decayed(t);
        }
    }
    included_in_body(p, n);
    if (too_many_awaits(body))
        diag_error(n->line, n->col, "async function '%s' has more than "
                   "%d awaits once its macros are expanded (a macro that "
                   "repeats an awaiting argument, nested?); await into a "
                   "local first and pass the local", n->fn->name, MAX_AWAITS);
    else
        walk_kids(p, body, n->body);
    ir_add_kid(n, n->body);
    ir_add_kid(root, n);
    if (n->fn->is_variadic)
        diag_error(n->line, n->col, "async function '%s' is variadic; "
                   "variadic async functions are not supported",
                   n->fn->name);
    p->fn_node = NULL;
    p->scope = NULL;
    p->body_begin = p->body_end = 0;
}

static void async_proto(parser *p, CXCursor c, ir_node *root)
{
    ir_node *n = ir_node_new(IR_ASYNC_PROTO, 0, 0);
    decl_range(p, n, c);
    take_semicolon(p, n);
    n->fn = fn_for(p, c);
    return_type_def(p, c, n, n->end);
    ir_add_kid(root, n);
}

static void plain_def(parser *p, CXCursor c, ir_node *root)
{
    ir_node *n = ir_node_new(IR_PLAIN_DEF, 0, 0);
    set_range(p, n, c);
    cursors cs = children(c);
    for (size_t i = 0; i < cs.n; i++) {
        if (clang_getCursorKind(cs.v[i]) != CXCursor_CompoundStmt)
            continue;
        ir_node body = {0};
        set_range(p, &body, cs.v[i]);
        p->body_begin = body.begin;
        p->body_end = body.end;
        p->fn_cursor = c;
        walk_kids(p, cs.v[i], n);
        p->body_begin = p->body_end = 0;
    }
    free(cs.v);
    n = keep(n);
    if (n)
        ir_add_kid(root, n);
}

/* A file-scope variable whose initializer names async functions (a table
 * of handlers): those names become their await entry points. */
static void file_var(parser *p, CXCursor c, ir_node *root)
{
    CXCursor init = clang_Cursor_getVarDeclInitializer(c);
    if (clang_Cursor_isNull(init))
        return;
    ir_node *n = node_at(p, IR_PLAIN_DEF, init);
    expect(p, init, clang_getCursorType(c));
    walk_expr(p, init, n);
    n = keep(n);
    if (n)
        ir_add_kid(root, n);
}

/* An async function defined in a header (c) is an error: asyncc rewrites
 * only the file it is given, and a header's definition would be a plain
 * function in every file that includes it. */
static void async_def_elsewhere(CXCursor c)
{
    if (clang_getCursorKind(c) != CXCursor_FunctionDecl ||
        !clang_isCursorDefinition(c) || !is_async(c) ||
        clang_Location_isInSystemHeader(clang_getCursorLocation(c)))
        return;
    CXFile f;
    unsigned line, col;
    clang_getSpellingLocation(clang_getCursorLocation(c), &f, &line, &col,
                              NULL);
    CXString file = clang_getFileName(f);
    char *name = spelling(c);
    char *text = ut_format("%s:%u:%u: error: async function '%s' is defined "
                           "in a header; asyncc transforms only the .ac.c "
                           "file it is given: define it in one, and keep "
                           "its prototype in the header",
                           clang_getCString(file), line, col, name);
    diag_raw_error(text);
    free(text);
    free(name);
    clang_disposeString(file);
}

static void top_level(parser *p, CXCursor c, ir_node *root)
{
    unsigned off;
    if (!main_loc(p, clang_getRangeStart(clang_getCursorExtent(c)), &off,
                  NULL, NULL)) {
        async_def_elsewhere(c);
        return;
    }
    if (clang_getCursorKind(c) == CXCursor_VarDecl)
        file_var(p, c, root);
    if (clang_getCursorKind(c) != CXCursor_FunctionDecl)
        return;
    int def = clang_isCursorDefinition(c);
    if (is_async(c) && def)
        async_def(p, c, root);
    else if (is_async(c))
        async_proto(p, c, root);
    else if (def)
        plain_def(p, c, root);
}

static void record_macro(parser *p, CXCursor c)
{
    static const struct { const char *name; enum macro_kind kind; } names[] = {
        {"await", MK_AWAIT}, {"ac_run", MK_RUN}, {"ac_spawn", MK_SPAWN},
        {"ac_gather", MK_GATHER}};
    CXSourceRange r = clang_getCursorExtent(c);
    unsigned b, e;
    if (!main_loc(p, clang_getRangeStart(r), &b, NULL, NULL) ||
        !main_loc(p, clang_getRangeEnd(r), &e, NULL, NULL))
        return;
    p->expansions = ut_realloc(p->expansions,
                               (p->nexpansions + 1) * sizeof *p->expansions);
    macro_use *use = &p->expansions[p->nexpansions++];
    *use = (macro_use){MK_AWAIT, b, e, c, 0};
    char *name = spelling(c);
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(name, names[i].name) != 0)
            continue;
        use->keyword = 1;
        p->macros = ut_realloc(p->macros, (p->nmacros + 1) * sizeof *p->macros);
        p->macros[p->nmacros++] = (macro_use){names[i].kind, b, e, c, 1};
    }
    free(name);
}

/* Reports error d as clang does: where a token a macro's body made is
 * in error, at the macro's invocation (or at the argument, for one of
 * its arguments' tokens), with a note at the macro's text. */
static void report_clang_error(CXDiagnostic d)
{
    CXSourceLocation loc = clang_getDiagnosticLocation(d);
    CXFile ff, sf;
    unsigned fl, fc, sl, sc;
    clang_getFileLocation(loc, &ff, &fl, &fc, NULL);
    clang_getSpellingLocation(loc, &sf, &sl, &sc, NULL);
    if (!ff || !sf || (clang_File_isEqual(ff, sf) && fl == sl && fc == sc)) {
        CXString s = clang_formatDiagnostic(
            d, clang_defaultDiagnosticDisplayOptions());
        diag_raw_error(clang_getCString(s));
        clang_disposeString(s);
        return;
    }
    CXString msg = clang_getDiagnosticSpelling(d);
    CXString fname = clang_getFileName(ff), sname = clang_getFileName(sf);
    char *text = ut_format("%s:%u:%u: error: %s\n%s:%u:%u: note: expanded "
                           "from the macro defined here",
                           clang_getCString(fname), fl, fc,
                           clang_getCString(msg), clang_getCString(sname),
                           sl, sc);
    diag_raw_error(text);
    free(text);
    clang_disposeString(msg);
    clang_disposeString(fname);
    clang_disposeString(sname);
}

/* Reports libclang's errors in the user's code, as clang would. */
static int report_clang_errors(CXTranslationUnit tu)
{
    int errors = 0;
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            report_clang_error(d);
            errors++;
        }
        clang_disposeDiagnostic(d);
    }
    return errors;
}

static void note_inclusion(CXFile included, CXSourceLocation *stack,
                           unsigned depth, CXClientData data)
{
    ir_file *file = data;
    (void)stack;
    if (depth == 0)
        return; /* the main file itself */
    CXString name = clang_getFileName(included);
    ut_vec_push(&file->includes, ut_strdup(clang_getCString(name)));
    clang_disposeString(name);
}

/* Outer invocations first: by begin, then by end, the last first. */
static int by_nesting(const void *a, const void *b)
{
    const macro_use *x = a, *y = b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    return (x->end < y->end) - (x->end > y->end);
}

/* Sorts the invocations for binary search, and lists the outermost. */
static void index_macros(parser *p)
{
    if (p->nmacros > 1) /* qsort must not be given NULL, even for 0 */
        qsort(p->macros, p->nmacros, sizeof *p->macros, by_nesting);
    if (p->nexpansions > 1)
        qsort(p->expansions, p->nexpansions, sizeof *p->expansions,
              by_nesting);
    p->tops = ut_alloc((p->nexpansions + 1) * sizeof *p->tops);
    for (size_t i = 0; i < p->nexpansions; i++) {
        const macro_use *m = &p->expansions[i];
        if (!m->keyword &&
            (!p->ntops || m->begin >= p->tops[p->ntops - 1].end))
            p->tops[p->ntops++] = *m;
    }
}

/* ---- macros that quote their arguments ---------------------------------- */

static void record_definition(parser *p, CXCursor c)
{
    p->defs = ut_realloc(p->defs, (p->ndefs + 1) * sizeof *p->defs);
    p->defs[p->ndefs++] = (macro_def){spelling(c), c, -1};
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const macro_def *)a)->name, ((const macro_def *)b)->name);
}

/* The first definition of macro `name`, or p->ndefs. */
static size_t first_def(parser *p, const char *name)
{
    size_t lo = 0, hi = p->ndefs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(p->defs[mid].name, name) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Is `name` a macro's (defined anywhere: a function-like `min` leaves a
 * local `min` alone)? */
static int is_macro_name(parser *p, const char *name)
{
    size_t i = first_def(p, name);
    return i < p->ndefs && strcmp(p->defs[i].name, name) == 0;
}

static int quotes(parser *p, macro_def *d);

/* Does some definition of macro `name` quote? */
static int name_quotes(parser *p, const char *name)
{
    for (size_t i = first_def(p, name);
         i < p->ndefs && strcmp(p->defs[i].name, name) == 0; i++)
        if (quotes(p, &p->defs[i]) == 1)
            return 1;
    return 0;
}

/* Does the expansion of d make a string of an argument? Its body's own
 * `#x`, or a macro it names that does (`#define CHECK(c) puts(STR(c))`).
 * A macro named by another of any of its definitions counts: quoting an
 * invocation that does not need it changes nothing. */
static int quotes(parser *p, macro_def *d)
{
    if (d->quotes != -1)
        return d->quotes == 1;
    d->quotes = -2;
    int stringifies;
    char **names;
    size_t n;
    pm_body(p->tu, d->cursor, &stringifies, &names, &n);
    for (size_t i = 0; i < n; i++) {
        stringifies = stringifies || name_quotes(p, names[i]);
        free(names[i]);
    }
    free(names);
    d->quotes = stringifies;
    return stringifies;
}

/* Lists the outermost invocations in the file whose expansion quotes an
 * argument: lower.c spells their arguments as written. */
static void find_quoted(parser *p)
{
    if (p->ndefs > 1)
        qsort(p->defs, p->ndefs, sizeof *p->defs, by_name);
    ir_file *f = p->file;
    f->quoted = ut_alloc((p->ntops + 1) * sizeof *f->quoted);
    for (size_t i = 0; i < p->ntops; i++) {
        CXCursor def = clang_getCursorReferenced(p->tops[i].cursor);
        if (clang_Cursor_isNull(def) ||
            clang_getCursorKind(def) != CXCursor_MacroDefinition)
            continue;
        char *name = spelling(def);
        for (size_t j = first_def(p, name);
             j < p->ndefs && strcmp(p->defs[j].name, name) == 0; j++)
            if (clang_equalCursors(p->defs[j].cursor, def) &&
                quotes(p, &p->defs[j]))
                f->quoted[f->nquoted++] =
                    (ir_range){p->tops[i].begin, p->tops[i].end};
        free(name);
    }
}

static void build_ir(parser *p)
{
    clang_getInclusions(p->tu, note_inclusion, p->file);
    CXCursor tu = clang_getTranslationUnitCursor(p->tu);
    cursors cs = children(tu);
    for (size_t i = 0; i < cs.n; i++)
        if (clang_getCursorKind(cs.v[i]) == CXCursor_MacroExpansion)
            record_macro(p, cs.v[i]);
        else if (clang_getCursorKind(cs.v[i]) == CXCursor_MacroDefinition)
            record_definition(p, cs.v[i]);
        else if (clang_getCursorKind(cs.v[i]) == CXCursor_InclusionDirective)
            collect(cs.v[i], tu, &p->includes);
    index_macros(p);
    find_quoted(p);
    ir_node *root = ir_node_new(IR_FILE, 0, (unsigned)p->file->len);
    root->line = root->col = 1;
    for (size_t i = 0; i < cs.n; i++)
        top_level(p, cs.v[i], root);
    free(cs.v);
    p->file->root = root;
}

/* libclang parses on a thread of its own with an 8 MiB stack, under a
 * crash-recovery handler that cannot run when that stack overflows. The
 * tool parses on the calling thread instead, whose stack the driver makes
 * deep and guards (stack_guard.h), and without libclang's handlers in the
 * way (LIBCLANG_NOTHREADS is read by libclang at each parse). */
static CXIndex new_index(void)
{
    setenv("LIBCLANG_NOTHREADS", "1", 1);
    CXIndex index = clang_createIndex(0, 0);
    clang_toggleCrashRecovery(0);
    return index;
}

/* One parse of the text file->src: fills file (root, fns, includes) and,
 * when macros must be expanded first, p->edits. */
static int parse_once(parser *p, ir_file *file, const char *const *args,
                      int nargs)
{
    p->file = file;
    CXIndex index = new_index();
    struct CXUnsavedFile text = {file->path, file->src,
                                 (unsigned long)file->len};
    enum CXErrorCode rc = clang_parseTranslationUnit2(
        index, file->path, args, nargs, &text, p->map->nrounds ? 1 : 0,
        CXTranslationUnit_DetailedPreprocessingRecord |
            CXTranslationUnit_KeepGoing,
        &p->tu);
    if (rc != CXError_Success) {
        diag_error(1, 1, "libclang could not parse the file (error %d)",
                   (int)rc);
        clang_disposeIndex(index);
        return -1;
    }
    p->main = clang_getFile(p->tu, file->path);
    int result = 0;
    if (report_clang_errors(p->tu) == 0 && p->main)
        build_ir(p);
    else
        result = -1;
    for (size_t i = 0; i < p->fn_usrs.len; i++)
        free(p->fn_usrs.items[i]);
    ut_vec_free(&p->fn_usrs);
    free(p->macros);
    free(p->expansions);
    free(p->tops);
    for (size_t i = 0; i < p->ndefs; i++)
        free(p->defs[i].name);
    free(p->defs);
    free(p->vars);
    free(p->anons);
    free(p->includes.v);
    clang_disposeTranslationUnit(p->tu);
    clang_disposeIndex(index);
    return result;
}

static int by_begin(const void *a, const void *b)
{
    unsigned x = ((const pm_edit *)a)->begin, y = ((const pm_edit *)b)->begin;
    return (x > y) - (x < y);
}

/* Replaces file's text by one where p's edits are made, for a new parse. */
static void apply_edits(parser *p, ir_file *file)
{
    qsort(p->edits, p->nedits, sizeof *p->edits, by_begin);
    size_t len;
    char *text = pm_apply(p->map, file->src, file->len, p->edits, p->nedits,
                          &len);
    ir_file_free(file); /* the last parse's IR, and its text */
    file->root = NULL;
    file->expanded = text;
    file->src = text;
    file->len = len;
}

/* A macro that expands to another that must be expanded is parsed once
 * per level; this many levels mean a macro that names itself. A macro that
 * repeats an awaiting argument, nested, doubles the text at each level;
 * past this growth (from a small file, some 20,000 suspension points), the
 * tool stops rather than run for minutes. Ordinary macros around awaits
 * (a LOG or CHECK in every other line) grow a file a few times. */
enum {
    MAX_EXPANSION_ROUNDS = 32,
    MAX_GROWTH_FACTOR = 16,
    MAX_GROWTH_SLACK = 256 << 10
};

/* Why p's edits must not be made (the rounds stop there), or NULL. */
static const char *runaway(const parser *p, const ir_file *file,
                           const pm_map *map, int round)
{
    if (round == MAX_EXPANSION_ROUNDS)
        return "macro expansion around awaits goes on past 32 levels (a "
               "macro that names itself?)";
    size_t len = file->len;
    for (size_t i = 0; i < p->nedits; i++)
        len += strlen(p->edits[i].text) - (p->edits[i].end - p->edits[i].begin);
    if (len > map->original_len * MAX_GROWTH_FACTOR + MAX_GROWTH_SLACK)
        return "expanding the macros that hide awaits or locals from "
               "asyncc makes the file more than 16 times as long (a macro "
               "that repeats its argument, nested?)";
    return NULL;
}

/* Reports why the rounds stop, at the first invocation to expand. */
static void report_runaway(const parser *p, const ir_file *file,
                           const pm_map *map, const char *why)
{
    unsigned at = p->edits[0].begin, line = 1;
    for (size_t i = 0; i < p->nedits; i++)
        if (p->edits[i].begin < at)
            at = p->edits[i].begin;
    for (unsigned i = 0; i < at; i++)
        line += file->src[i] == '\n';
    diag_error(line, pm_column(map, at), "%s", why);
}

int parse_file(ir_file *file, const char *const *args, int nargs)
{
    pm_map map = {file->src, file->len, NULL, 0};
    ut_vec expanded = {0};
    int result;
    for (int round = 0;; round++) {
        parser p = {0};
        p.map = &map;
        p.expanded = &expanded;
        diag_hold();
        result = parse_once(&p, file, args, nargs);
        const char *stop = p.nedits && !p.cannot_expand
                               ? runaway(&p, file, &map, round)
                               : NULL;
        if (p.nedits == 0 || p.cannot_expand || stop) {
            diag_release(1);
            if (stop) {
                report_runaway(&p, file, &map, stop);
                result = -1;
            }
            for (size_t i = 0; i < p.nedits; i++)
                free(p.edits[i].text);
            free(p.edits);
            break;
        }
        diag_release(0);
        apply_edits(&p, file);
    }
    pm_map_free(&map);
    for (size_t i = 0; i < expanded.len; i++)
        free(expanded.items[i]);
    ut_vec_free(&expanded);
    return result;
}
