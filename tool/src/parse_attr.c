/*
 * parse_attr.c - a variable declaration's attributes: which ones the
 * lowering must refuse or keep, and the text that keeps them.
 *
 * libclang gives an attribute as a cursor whose extent is the attribute
 * proper (`unused`, `aligned(8)`, `_Alignas`), not the specifier around
 * it (`__attribute__((unused, aligned(8)))`, `_Alignas(8)`). The
 * specifier is found in the text from there; one a macro writes
 * (systemd's `_cleanup_(freep)`) is kept as its invocation.
 */
#include "parse_attr.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MAX_SPECIFIERS 16

typedef struct span {
    size_t begin, end; /* offsets in the main file */
} span;

typedef struct scan {
    const pa_source *src;
    pa_attrs *out;
    span found[MAX_SPECIFIERS];
    size_t nfound;
} scan;

static int is_ident(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* Past the balanced parentheses that start at or after `i` (spaces
 * skipped); `i` if there are none, 0 if they do not close. */
static size_t past_parens(const pa_source *s, size_t i)
{
    size_t j = i;
    int depth = 0;
    while (j < s->len && isspace((unsigned char)s->text[j]))
        j++;
    if (j >= s->len || s->text[j] != '(')
        return i;
    for (; j < s->len; j++) {
        if (s->text[j] == '(')
            depth++;
        else if (s->text[j] == ')' && --depth == 0)
            return j + 1;
    }
    return 0;
}

/* The `__attribute__((` ... `))` around offset `at`, or an empty span. */
static span gnu_specifier(const pa_source *s, size_t at)
{
    span none = {0, 0};
    size_t i = at;
    int depth = 0, opens = 0;
    while (i > 0 && opens < 2) {
        char c = s->text[--i];
        if (c == ')')
            depth++;
        else if (c == '(' && depth > 0)
            depth--;
        else if (c == '(')
            opens++;
        else if (depth == 0 && (c == ';' || c == '{' || c == '}'))
            return none;
    }
    while (opens == 2 && i > 0 && isspace((unsigned char)s->text[i - 1]))
        i--;
    size_t word = i;
    while (word > 0 && is_ident(s->text[word - 1]))
        word--;
    size_t n = i - word;
    if (opens < 2 ||
        !((n == 13 && !memcmp(s->text + word, "__attribute__", 13)) ||
          (n == 11 && !memcmp(s->text + word, "__attribute", 11))))
        return none;
    span sp = {word, past_parens(s, i)};
    return sp.end > sp.begin ? sp : none;
}

/* An identifier at `at` (`_Alignas`, or a macro's name) and the
 * parenthesised arguments after it, if any. */
static span word_specifier(const pa_source *s, size_t at)
{
    span sp = {at, at};
    while (sp.end < s->len && is_ident(s->text[sp.end]))
        sp.end++;
    size_t args = past_parens(s, sp.end);
    sp.end = args ? args : sp.end;
    return sp;
}

/* The specifier that writes attribute `c`, or an empty span. */
static span specifier(const pa_source *s, CXCursor c)
{
    span none = {0, 0};
    CXSourceLocation start = clang_getRangeStart(clang_getCursorExtent(c));
    CXFile ef, sf;
    unsigned eoff, soff;
    clang_getExpansionLocation(start, &ef, NULL, NULL, &eoff);
    clang_getSpellingLocation(start, &sf, NULL, NULL, &soff);
    if (!ef || !clang_File_isEqual(ef, s->main) || eoff >= s->len)
        return none;
    int written = sf && clang_File_isEqual(sf, s->main) && soff == eoff;
    if (!written || !strncmp(s->text + eoff, "_Alignas", 8) ||
        !strncmp(s->text + eoff, "alignas", 7))
        return word_specifier(s, eoff);
    return gnu_specifier(s, eoff);
}

static void keep_text(scan *sc, span sp)
{
    if (sp.end <= sp.begin || sc->nfound == MAX_SPECIFIERS)
        return;
    for (size_t i = 0; i < sc->nfound; i++)
        if (sc->found[i].begin == sp.begin)
            return;
    sc->found[sc->nfound++] = sp;
}

/* The attribute's first token: its name (in a macro that writes it, the
 * macro definition's token). */
static int named(const pa_source *s, CXCursor c, const char *a,
                 const char *b)
{
    CXToken *toks;
    unsigned n;
    int hit = 0;
    clang_tokenize(s->tu, clang_getCursorExtent(c), &toks, &n);
    if (n) {
        CXString t = clang_getTokenSpelling(s->tu, toks[0]);
        const char *name = clang_getCString(t);
        hit = !strcmp(name, a) || !strcmp(name, b);
        clang_disposeString(t);
    }
    clang_disposeTokens(s->tu, toks, n);
    return hit;
}

/* A power of two written as an integer literal in `text`, alone between
 * parentheses and blanks, as in "(64)"; 0 if it is anything else. */
static long long literal_in_parens(const char *text, size_t len)
{
    char buf[32];
    size_t n = 0, i = 0;
    while (i < len && isspace((unsigned char)text[i]))
        i++;
    if (i == len || text[i++] != '(')
        return 0;
    while (i < len && text[i] != ')' && n + 1 < sizeof buf)
        buf[n++] = text[i++];
    if (i == len || text[i] != ')')
        return 0;
    buf[n] = '\0';
    char *end;
    unsigned long long v = strtoull(buf, &end, 0);
    while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
        end++;
    while (isspace((unsigned char)*end))
        end++;
    if (!isdigit((unsigned char)buf[strspn(buf, " \t")]) || *end ||
        v == 0 || v > (1ull << 28) || (v & (v - 1)))
        return 0;
    return (long long)v;
}

/* The alignment that attribute c (an AlignedAttr) writes as an integer
 * literal, `_Alignas(64)` or `aligned(64)`, in the file: a power of two; 0
 * for any other form (a type, a macro, an expression, GNU's bare
 * `aligned`). libclang's extent of `_Alignas` is the keyword alone. */
static long long literal_alignment(const pa_source *s, CXCursor c)
{
    CXSourceRange r = clang_getCursorExtent(c);
    CXFile f;
    unsigned b, e;
    clang_getSpellingLocation(clang_getRangeStart(r), &f, NULL, NULL, &b);
    clang_getSpellingLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
    if (!f || !clang_File_isEqual(f, s->main) || b >= s->len || e > s->len)
        return 0;
    const char *at = s->text + b;
    if (!strncmp(at, "_Alignas", 8) || !strncmp(at, "alignas", 7)) {
        size_t k = at[0] == '_' ? 8 : 7;
        return literal_in_parens(at + k, s->len - b - k);
    }
    /* aligned(64): the extent runs from the name to the ')' */
    while (b < e && (isalnum((unsigned char)s->text[b]) || s->text[b] == '_'))
        b++;
    return e > b ? literal_in_parens(s->text + b, e - b) : 0;
}

static enum CXChildVisitResult attr_visit(CXCursor c, CXCursor parent,
                                          CXClientData data)
{
    (void)parent;
    scan *sc = data;
    if (!clang_isAttribute(clang_getCursorKind(c)))
        return CXChildVisit_Continue;
    sc->out->cleanup |= named(sc->src, c, "cleanup", "__cleanup__");
    if (clang_getCursorKind(c) == CXCursor_AlignedAttr) {
        long long a = literal_alignment(sc->src, c);
        if (!sc->out->aligned)
            sc->out->align = a;
        else if (!a || !sc->out->align)
            sc->out->align = 0; /* one unknown makes the whole unknown */
        else if (a > sc->out->align)
            sc->out->align = a;
        sc->out->aligned = 1;
    }
    keep_text(sc, specifier(sc->src, c));
    return CXChildVisit_Continue;
}

static int by_begin(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return (x->begin > y->begin) - (x->begin < y->begin);
}

void pa_var_attrs(const pa_source *src, CXCursor decl, pa_attrs *out)
{
    scan sc = {src, out, {{0, 0}}, 0};
    memset(out, 0, sizeof *out);
    if (!clang_Cursor_hasAttrs(decl))
        return;
    clang_visitChildren(decl, attr_visit, &sc);
    if (!sc.nfound)
        return;
    qsort(sc.found, sc.nfound, sizeof *sc.found, by_begin);
    ut_buf b = {0};
    for (size_t i = 0; i < sc.nfound; i++) {
        if (i)
            ut_buf_puts(&b, " ");
        ut_buf_add(&b, src->text + sc.found[i].begin,
                   sc.found[i].end - sc.found[i].begin);
    }
    out->text = ut_buf_take(&b);
}
