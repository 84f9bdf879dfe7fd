/*
 * parse_attr.h - what a variable declaration's attributes ask of the
 * lowering (part of the front end: only parse*.c see libclang).
 */
#ifndef ASYNCC_PARSE_ATTR_H
#define ASYNCC_PARSE_ATTR_H

#include <clang-c/Index.h>
#include <stddef.h>

/* The main file as clang parsed it. */
typedef struct pa_source {
    CXTranslationUnit tu;
    CXFile main;
    const char *text;
    size_t len; /* bytes */
} pa_source;

typedef struct pa_attrs {
    int cleanup; /* cleanup(f): f runs when the variable's scope ends */
    int aligned; /* _Alignas(...) or aligned(N): an alignment of its own */
    long long align; /* that alignment (bytes, the largest if several), when
                        each is written as an integer literal; else 0 */
    char *text;  /* the attribute specifiers that give its attributes, as
                    written in the file (a macro invocation that writes
                    one, whole), in order, space separated; a declaration
                    of it alone may start with them. malloc'd; NULL when
                    none is found. */
} pa_attrs;

/* The attributes of variable declaration `decl` (a VarDecl). The caller
 * frees out->text. */
void pa_var_attrs(const pa_source *src, CXCursor decl, pa_attrs *out);

#endif
