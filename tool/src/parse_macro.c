/*
 * parse_macro.c - one level of a macro invocation's expansion, as text.
 *
 * The rules are C17 6.10.3: arguments replace parameters (here as their
 * tokens, not yet expanded: the next parse expands them, which gives the
 * same tokens for every ordinary macro), `#` makes a string of an
 * argument's spelling, `##` joins two tokens, `__VA_ARGS__` stands for the
 * variable arguments, GNU's `, ## __VA_ARGS__` drops the comma when there
 * are none, and C23's `__VA_OPT__(...)` keeps its tokens only when there
 * are some. A function-like macro that names itself in its body (a
 * wrapper such as `#define f(x) f(x, 0)`) gets that name parenthesized,
 * which C does not expand again, as the preprocessor would not.
 */
#include "parse_macro.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct token {
    char *text;
    CXTokenKind kind;
    unsigned begin, end; /* offsets in the token's file */
} token;

typedef struct tokens {
    token *v;
    size_t n;
} tokens;

/* The tokens of `range`; comments, which libclang lists too, are left
 * out (the preprocessor drops them before it expands). */
static tokens tokenize(CXTranslationUnit tu, CXSourceRange range)
{
    CXToken *raw = NULL;
    unsigned n = 0;
    clang_tokenize(tu, range, &raw, &n);
    tokens ts = {ut_alloc((n + 1) * sizeof *ts.v), 0};
    for (unsigned i = 0; i < n; i++) {
        if (clang_getTokenKind(raw[i]) == CXToken_Comment)
            continue;
        token *t = &ts.v[ts.n++];
        CXString s = clang_getTokenSpelling(tu, raw[i]);
        CXSourceRange r = clang_getTokenExtent(tu, raw[i]);
        t->text = ut_strdup(clang_getCString(s));
        t->kind = clang_getTokenKind(raw[i]);
        clang_getSpellingLocation(clang_getRangeStart(r), NULL, NULL, NULL,
                                  &t->begin);
        clang_getSpellingLocation(clang_getRangeEnd(r), NULL, NULL, NULL,
                                  &t->end);
        clang_disposeString(s);
    }
    clang_disposeTokens(tu, raw, n);
    return ts;
}

/* Is the macro that definition tokens `def` define function-like: its
 * name followed at once by `(`? (libclang's isMacroFunctionLike asks the
 * definition in force at the end of the file, none after an #undef.) */
static int function_like(const tokens *def)
{
    return def->n >= 2 && strcmp(def->v[1].text, "(") == 0 &&
           def->v[1].begin == def->v[0].end;
}

static void tokens_free(tokens *ts)
{
    for (size_t i = 0; i < ts->n; i++)
        free(ts->v[i].text);
    free(ts->v);
}

static int is(const token *t, const char *s)
{
    return strcmp(t->text, s) == 0;
}

/* ---- the macro's definition ---------------------------------------------- */

typedef struct macro {
    const char *name;
    int function_like, variadic;
    const char *va_name; /* __VA_ARGS__, or GNU's `args...` name */
    const token **params;
    size_t nparams;
    const token *body;
    size_t nbody;
} macro;

/* Reads `NAME(params) body` from the definition's tokens. */
static int read_definition(const tokens *d, int function_like, macro *m)
{
    if (d->n == 0)
        return -1;
    m->name = d->v[0].text;
    m->function_like = function_like;
    m->va_name = "__VA_ARGS__";
    size_t i = 1;
    if (function_like) {
        if (d->n < 2 || !is(&d->v[1], "("))
            return -1;
        m->params = ut_alloc(d->n * sizeof *m->params);
        for (i = 2; i < d->n && !is(&d->v[i], ")"); i++) {
            if (is(&d->v[i], ","))
                continue;
            if (is(&d->v[i], "...")) {
                m->variadic = 1;
            } else if (i + 1 < d->n && is(&d->v[i + 1], "...")) {
                m->variadic = 1; /* GNU: `args...` */
                m->va_name = d->v[i++].text;
            } else {
                m->params[m->nparams++] = &d->v[i];
            }
        }
        if (i == d->n)
            return -1;
        i++;
    }
    m->body = d->v + i;
    m->nbody = d->n - i;
    return 0;
}

/* ---- the invocation's arguments ------------------------------------------ */

typedef struct span {
    const token *v;
    size_t n;
} span;

typedef struct invocation {
    span *args; /* one per parameter, then the variable part */
    size_t nargs;
    span va;
    unsigned end; /* offset just past the invocation */
} invocation;

/* Splits `NAME ( a, b, ... )` at its top-level commas. Returns -1 when
 * the tokens are not such an invocation or do not fit the parameters. */
static int read_arguments(const tokens *u, const macro *m, invocation *inv)
{
    inv->end = u->v[0].end;
    if (!m->function_like)
        return 0;
    if (u->n < 2 || !is(&u->v[1], "("))
        return -1;
    inv->args = ut_alloc((u->n + 1) * sizeof *inv->args);
    size_t start = 2, depth = 0, i;
    for (i = 2; i < u->n; i++) {
        const token *t = &u->v[i];
        if (is(t, "(")) {
            depth++;
        } else if (is(t, ")") && depth > 0) {
            depth--;
        } else if (depth == 0 && (is(t, ",") || is(t, ")"))) {
            inv->args[inv->nargs++] = (span){u->v + start, i - start};
            start = i + 1;
            if (is(t, ")"))
                break;
        }
    }
    if (i == u->n)
        return -1;
    inv->end = u->v[i].end;
    if (m->nparams == 0 && !m->variadic && inv->nargs == 1 &&
        inv->args[0].n == 0)
        inv->nargs = 0; /* NAME() */
    if (m->variadic && inv->nargs > m->nparams) {
        const span *first = &inv->args[m->nparams];
        const span *last = &inv->args[inv->nargs - 1];
        inv->va = (span){first->v, (size_t)(last->v + last->n - first->v)};
        inv->nargs = m->nparams;
    }
    return inv->nargs == m->nparams ? 0 : -1;
}

/* ---- replacement ---------------------------------------------------------- */

typedef struct expander {
    const macro *m;
    const invocation *inv;
    const char *src; /* the text the invocation is in */
    unsigned at;     /* the offset of src whose line the output is on */
    ut_buf out;
    int glue;        /* the next piece joins the previous one (##) */
    int placemarker; /* the previous piece was empty */
    unsigned gap_from; /* where in the definition the space before the
                          next body token starts (the last one's end) */
    int arg_last;    /* the previous piece was an argument's */
} expander;

/* The argument a body token names, or NULL. */
static const span *argument(const expander *x, const token *t)
{
    if (!x->m->function_like || t->kind != CXToken_Identifier)
        return NULL;
    if (x->m->variadic && is(t, x->m->va_name))
        return &x->inv->va;
    for (size_t i = 0; i < x->m->nparams; i++)
        if (is(t, x->m->params[i]->text))
            return &x->inv->args[i];
    return NULL;
}

static int is_word(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* Can text ending in a and text starting with b be written next to each
 * other and still be read as the same tokens? Not when they would make
 * one identifier or number (`x` `1`, `1` `.`, `0x1e` `+`, `u8` `"`), one
 * punctuator or a comment (`-` `-`, `<` `=`, `/` `*`). */
static int joins_safely(char a, char b)
{
    static const char punct[] = "+-*/%<>=!&|^.#:";
    if (is_word(a))
        return !(is_word(b) || b == '"' || b == '\'' || b == '.' ||
                 ((b == '+' || b == '-') && strchr("eEpP", a)));
    if (a == '.' && isdigit((unsigned char)b))
        return 0;
    return !(strchr(punct, a) && strchr(punct, b));
}

/* Adds one piece of the replacement (a token, or an argument's tokens);
 * an empty piece is C's placemarker: `##` with it leaves the other side
 * as it is. `space`: the definition has white space before the piece.
 * The body's tokens are spaced as in the definition (a macro of the next
 * parse may make a string of them: `SHOW(await get(1))` stays so); where
 * an argument meets the body, a space is added if they would run into
 * one token. */
static void put(expander *x, const char *s, size_t n, int space, int arg)
{
    if (n == 0) {
        x->glue = 0;
        x->placemarker = 1;
        return;
    }
    char last = x->out.len ? x->out.data[x->out.len - 1] : ' ';
    if (!x->glue && last != ' ' && last != '\n' &&
        (space || ((arg || x->arg_last) && !joins_safely(last, s[0]))))
        ut_buf_puts(&x->out, " ");
    ut_buf_add(&x->out, s, n);
    x->glue = 0;
    x->placemarker = 0;
    x->arg_last = arg;
}

/* Whether the definition has white space before body token t; t's end
 * is where the next token's space starts. */
static int space_before(expander *x, const token *t)
{
    int space = t->begin != x->gap_from;
    x->gap_from = t->end;
    return space;
}

/* Appends to b a newline for each in src[from, to); returns how many. */
static size_t put_newlines(const expander *x, unsigned from, unsigned to,
                           ut_buf *b)
{
    size_t n = 0;
    for (unsigned i = from; i < to; i++)
        if (x->src[i] == '\n') {
            ut_buf_puts(b, "\n");
            n++;
        }
    return n;
}

/* An argument that starts on a later line of the invocation goes on
 * that line, so that __LINE__ and diagnostics in it keep their line. */
static void go_to_line(expander *x, const span *a)
{
    if (a->n == 0 || x->glue || a->v[0].begin <= x->at)
        return;
    put_newlines(x, x->at, a->v[0].begin, &x->out);
    x->at = a->v[0].begin;
}

/* The line of src that offset `off` is on. */
static unsigned line_at(const expander *x, unsigned off)
{
    unsigned line = 1;
    for (unsigned i = 0; i < off; i++)
        line += x->src[i] == '\n';
    return line;
}

/* An argument's tokens, spaced where the file had space between them
 * (and on the lines they are on); with `stringify`, as the string literal
 * `#` makes of them. An argument that is not an operand of # or ## is
 * expanded before it replaces its parameter: its `__LINE__` becomes its
 * line's number here, so that a macro of the body that pastes it
 * (`CAT(name, __LINE__)`) gets the number, as it would. */
static void put_span(expander *x, const span *a, int stringify, int pasted,
                     int space)
{
    if (!stringify)
        go_to_line(x, a);
    ut_buf b = {0};
    ut_buf_puts(&b, stringify ? "\"" : "");
    for (size_t i = 0; i < a->n; i++) {
        const token *t = &a->v[i];
        /* the newlines not put yet: a second use of the argument (`s; s`)
         * puts none, so that the lines after it keep their numbers */
        unsigned prev = i > 0 ? a->v[i - 1].end : 0;
        unsigned from = prev > x->at ? prev : x->at;
        if (i > 0 && !stringify && t->begin > x->at &&
            put_newlines(x, from, t->begin, &b))
            x->at = t->begin;
        else if (i > 0 && a->v[i - 1].end != t->begin)
            ut_buf_puts(&b, " ");
        int literal = t->kind == CXToken_Literal &&
                      strpbrk(t->text, "\"'") != NULL;
        if (!stringify && !pasted && is(t, "__LINE__")) {
            char num[16];
            snprintf(num, sizeof num, "%u", line_at(x, t->begin));
            ut_buf_puts(&b, num);
            continue;
        }
        for (const char *c = t->text; *c; c++) {
            if (stringify && literal && (*c == '"' || *c == '\\'))
                ut_buf_puts(&b, "\\");
            ut_buf_add(&b, c, 1);
        }
    }
    if (stringify)
        ut_buf_puts(&b, "\"");
    put(x, b.data, b.len, space, 1);
    free(b.data);
}

/* The index of the `)` matching the `(` at body[open], or n. */
static size_t matching(const token *body, size_t open, size_t n)
{
    size_t depth = 0;
    for (size_t i = open; i < n; i++) {
        if (is(&body[i], "("))
            depth++;
        else if (is(&body[i], ")") && --depth == 0)
            return i;
    }
    return n;
}

static void replace(expander *x, const token *body, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const token *t = &body[i];
        const span *a;
        if (x->m->function_like && is(t, "#") && i + 1 < n &&
            (a = argument(x, &body[i + 1])) != NULL) {
            int space = space_before(x, t);
            space_before(x, &body[i + 1]);
            put_span(x, a, 1, 0, space);
            i++;
        } else if (is(t, "##")) {
            space_before(x, t);
            /* GNU: `, ## __VA_ARGS__` without variable arguments. */
            if (i + 1 < n && argument(x, &body[i + 1]) == &x->inv->va &&
                x->inv->va.n == 0 && x->out.len &&
                x->out.data[x->out.len - 1] == ',') {
                x->out.data[--x->out.len] = '\0';
                while (x->out.len && x->out.data[x->out.len - 1] == ' ')
                    x->out.data[--x->out.len] = '\0';
            }
            x->glue = !x->placemarker;
        } else if (x->m->variadic && is(t, "__VA_OPT__") && i + 1 < n &&
                   is(&body[i + 1], "(")) {
            size_t close = matching(body, i + 1, n);
            space_before(x, &body[i + 1]);
            if (x->inv->va.n)
                replace(x, body + i + 2, close - (i + 2));
            if (close < n)
                space_before(x, &body[close]);
            i = close;
        } else if ((a = argument(x, t)) != NULL) {
            int pasted = x->glue || (i + 1 < n && is(&body[i + 1], "##"));
            put_span(x, a, 0, pasted, space_before(x, t));
        } else if (x->m->function_like && t->kind == CXToken_Identifier &&
                   is(t, x->m->name)) {
            put(x, "(", 1, space_before(x, t), 0);
            x->glue = 1;
            put(x, t->text, strlen(t->text), 0, 0);
            x->glue = 1;
            put(x, ")", 1, 0, 0);
        } else {
            put(x, t->text, strlen(t->text), space_before(x, t), 0);
        }
    }
}

/* An object-like macro naming itself would be expanded once more by the
 * next parse, which the preprocessor does not do. */
static int names_itself(const macro *m)
{
    for (size_t i = 0; i < m->nbody; i++)
        if (m->body[i].kind == CXToken_Identifier && is(&m->body[i], m->name))
            return 1;
    return 0;
}

/* Does span a (or, when NULL, m's body) hold `__COUNTER__`? */
static int counts(const macro *m, const span *a)
{
    const token *v = a ? a->v : m->body;
    size_t n = a ? a->n : m->nbody;
    for (size_t i = 0; i < n; i++)
        if (is(&v[i], "__COUNTER__"))
            return 1;
    return 0;
}

/* The preprocessor expands an argument once, before the body around it:
 * an argument's __COUNTER__ counts once, and before the body's. Text that
 * puts the argument in place of each parameter counts it where it stands:
 * refused when that changes the numbers (the parameter used twice, or a
 * __COUNTER__ in the body). */
static int counter_moves(const macro *m, const invocation *inv)
{
    int body = counts(m, NULL);
    for (size_t i = 0; i <= m->nparams; i++) {
        const span *a = i < m->nparams ? &inv->args[i] : &inv->va;
        if (i == m->nparams && !m->variadic)
            break;
        if (!counts(m, a))
            continue;
        const char *name = i < m->nparams ? m->params[i]->text : m->va_name;
        size_t uses = 0;
        for (size_t j = 0; j < m->nbody; j++)
            uses += is(&m->body[j], name);
        if (body || uses > 1)
            return 1;
    }
    return 0;
}

static int expand(const tokens *def, const tokens *use, const char *src,
                  pm_edit *edit, const char **why)
{
    macro m = {0};
    invocation inv = {0};
    int rc = -1;
    if (read_definition(def, function_like(def), &m) != 0)
        *why = "its definition could not be read";
    else if (!m.function_like && names_itself(&m))
        *why = "it names itself";
    else if (use->n == 0 || !is(&use->v[0], m.name) ||
             read_arguments(use, &m, &inv) != 0)
        *why = "its arguments could not be read";
    else if (m.function_like && counter_moves(&m, &inv))
        *why = "an argument uses __COUNTER__, which the preprocessor "
               "counts once and before the macro's body";
    else
        rc = 0;
    if (rc == 0) {
        expander x = {&m, &inv, src, use->v[0].begin, {0}, 0, 0,
                      m.nbody ? m.body[0].begin : 0, 0};
        ut_buf_puts(&x.out, "");
        replace(&x, m.body, m.nbody);
        edit->begin = use->v[0].begin;
        edit->end = inv.end;
        edit->text = ut_buf_take(&x.out);
    }
    free(m.params);
    free(inv.args);
    return rc;
}

int pm_function_like(CXTranslationUnit tu, CXCursor def)
{
    tokens d = tokenize(tu, clang_getCursorExtent(def));
    int yes = function_like(&d);
    tokens_free(&d);
    return yes;
}

void pm_body(CXTranslationUnit tu, CXCursor def, int *stringifies,
             char ***names, size_t *nnames)
{
    tokens d = tokenize(tu, clang_getCursorExtent(def));
    macro m = {0};
    *stringifies = 0;
    *names = ut_alloc((d.n + 1) * sizeof **names);
    *nnames = 0;
    if (read_definition(&d, function_like(&d), &m) == 0)
        for (size_t i = 0; i < m.nbody; i++) {
            const token *t = &m.body[i];
            if (m.function_like && is(t, "#"))
                *stringifies = 1;
            else if (t->kind == CXToken_Identifier)
                (*names)[(*nnames)++] = ut_strdup(t->text);
        }
    free(m.params);
    tokens_free(&d);
}

int pm_expand(CXTranslationUnit tu, CXCursor use, const char *src,
              pm_edit *edit, const char **why)
{
    CXCursor d = clang_getCursorReferenced(use);
    if (clang_Cursor_isNull(d) ||
        clang_getCursorKind(d) != CXCursor_MacroDefinition) {
        *why = "it has no definition to expand (a built-in macro)";
        return -1;
    }
    if (clang_Cursor_isMacroBuiltin(d)) {
        *why = "it is built into the compiler";
        return -1;
    }
    tokens def = tokenize(tu, clang_getCursorExtent(d));
    tokens inv = tokenize(tu, clang_getCursorExtent(use));
    int rc = expand(&def, &inv, src, edit, why);
    tokens_free(&def);
    tokens_free(&inv);
    if (rc != 0)
        return rc;
    /* The text goes between src's neighbours of the invocation: it must
     * not run into them (`x-NEG(1)` for `#define NEG(a) -a`). */
    ut_buf b = {0};
    const char *t = edit->text;
    size_t tn = strlen(t);
    int before = tn && edit->begin && !joins_safely(src[edit->begin - 1], t[0]);
    int after = tn && src[edit->end] && !joins_safely(t[tn - 1], src[edit->end]);
    ut_buf_puts(&b, before ? " " : "");
    ut_buf_puts(&b, t);
    ut_buf_puts(&b, after ? " " : "");
    long lines = 0; /* the invocation's, less those the text has */
    for (unsigned i = edit->begin; i < edit->end; i++)
        lines += src[i] == '\n';
    for (const char *c = edit->text; *c; c++)
        lines -= *c == '\n';
    while (lines-- > 0)
        ut_buf_puts(&b, "\n");
    free(edit->text);
    edit->text = ut_buf_take(&b);
    return 0;
}

/* ---- the position map ---------------------------------------------------- */

char *pm_apply(pm_map *map, const char *src, size_t len, pm_edit *edits,
               size_t n, size_t *out_len)
{
    ut_buf b = {0};
    ut_buf_puts(&b, "");
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        ut_buf_add(&b, src + at, edits[i].begin - at);
        edits[i].out_begin = (unsigned)b.len;
        ut_buf_puts(&b, edits[i].text);
        edits[i].out_end = (unsigned)b.len;
        at = edits[i].end;
    }
    ut_buf_add(&b, src + at, len - at);
    map->rounds = ut_realloc(map->rounds,
                             (map->nrounds + 1) * sizeof *map->rounds);
    map->rounds[map->nrounds++] = (struct pm_round){edits, n};
    *out_len = b.len;
    return ut_buf_take(&b);
}

/* Offset `off` of a round's output, in that round's input: the edits are
 * sorted, so a binary search finds the last one that starts at or before
 * `off`. */
static unsigned before_round(const struct pm_round *r, unsigned off)
{
    size_t lo = 0, hi = r->n; /* edits [0, lo) start at or before off */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->edits[mid].out_begin <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return off;
    const pm_edit *e = &r->edits[lo - 1];
    if (off < e->out_end)
        return e->begin;
    return off - e->out_end + e->end;
}

unsigned pm_column(const pm_map *map, unsigned off)
{
    for (size_t i = map->nrounds; i-- > 0;)
        off = before_round(&map->rounds[i], off);
    if (off > map->original_len)
        off = (unsigned)map->original_len;
    unsigned col = 1;
    while (off > 0 && map->original[off - 1] != '\n') {
        off--;
        col++;
    }
    return col;
}

void pm_map_free(pm_map *map)
{
    for (size_t r = 0; r < map->nrounds; r++) {
        for (size_t i = 0; i < map->rounds[r].n; i++)
            free(map->rounds[r].edits[i].text);
        free(map->rounds[r].edits);
    }
    free(map->rounds);
    map->rounds = NULL;
    map->nrounds = 0;
}
