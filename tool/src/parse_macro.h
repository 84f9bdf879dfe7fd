/*
 * parse_macro.h - macro invocations expanded in the source text, one level
 * at a time (part of the parse module: it sees libclang).
 *
 * The IR is the file's text with holes, so an await must be written in the
 * file for the tool to cut the function there. When a macro hides one (an
 * `await` in its body, an awaiting argument the macro may skip, repeat or
 * put in a statement), the parser asks for the invocation to be replaced by
 * its expansion and parses the new text again. The replacement keeps every
 * line where it was, so diagnostics, __LINE__ and #line stay right; a
 * position map gives back the column in the file as written.
 */
#ifndef ASYNCC_PARSE_MACRO_H
#define ASYNCC_PARSE_MACRO_H

#include <clang-c/Index.h>
#include <stddef.h>

/* One invocation replaced: bytes [begin, end) of the text become `text`. */
typedef struct pm_edit {
    unsigned begin, end;
    char *text;                 /* owned */
    unsigned out_begin, out_end; /* where text is in the new text (pm_apply) */
} pm_edit;

/* The expansion of macro expansion cursor `use` (of the main file of tu),
 * one level deep: parameters replaced by the arguments' tokens, # and ##
 * applied, __VA_ARGS__ and __VA_OPT__ filled; macros the body names are
 * left for the next parse. Fills *edit (its text spans the lines the
 * invocation spans in `src`: the body on the first, each argument's tokens
 * on the lines they were written on) and returns 0; or returns -1 and
 * sets *why to the reason it cannot. */
int pm_expand(CXTranslationUnit tu, CXCursor use, const char *src,
              pm_edit *edit, const char **why);

/* Is the macro that definition `def` (a MacroDefinition) defines
 * function-like? Read from its tokens, also after an #undef. */
int pm_function_like(CXTranslationUnit tu, CXCursor def);

/* The body of macro definition `def`: whether it makes a string of a
 * parameter (`#x`), and the identifiers it names (*names, malloc'ed, as
 * are its strings), through which it may invoke a macro that does. */
void pm_body(CXTranslationUnit tu, CXCursor def, int *stringifies,
             char ***names, size_t *nnames);

/* Where the text came from: the edits of each parse, in order. */
typedef struct pm_map {
    const char *original; /* the file as written (not owned) */
    size_t original_len;
    struct pm_round {
        pm_edit *edits; /* sorted by begin, disjoint */
        size_t n;
    } *rounds;
    size_t nrounds;
} pm_map;

/* Applies `edits` (sorted, disjoint; the map takes them) to src[0, len)
 * and returns the new text (malloc'ed), its length in *out_len. */
char *pm_apply(pm_map *map, const char *src, size_t len, pm_edit *edits,
               size_t n, size_t *out_len);

/* The column (1-based, in bytes) in the file as written of offset `off`
 * of the latest text; an offset inside an expansion gives the column of
 * its invocation. */
unsigned pm_column(const pm_map *map, unsigned off);

void pm_map_free(pm_map *map);

#endif
