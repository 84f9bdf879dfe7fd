/*
 * parse_effects.h - what evaluating an expression can do (part of the
 * front end: only parse*.c see libclang).
 */
#ifndef ASYNCC_PARSE_EFFECTS_H
#define ASYNCC_PARSE_EFFECTS_H

#include <clang-c/Index.h>

/* Does `decl` (a VarDecl or ParmDecl) name a variable that only its own
 * function can reach by name: a local of automatic storage, neither
 * volatile nor an array? */
typedef int pe_local_fn(void *ctx, CXCursor decl);

/* Is expression c pure and a function of locals only: no side effect, no
 * call, no read through a pointer or of an array, of a global or of a
 * static; only literals, enumerators, function designators and the
 * locals that `is_local` accepts, combined by operators that neither
 * assign nor take an address (`.` members, casts, ?:, comma)? An operand
 * of sizeof or _Alignof that C never evaluates does not count. */
int pe_reads_locals_only(CXCursor c, pe_local_fn *is_local, void *ctx);

/* Is c (a sizeof or _Alignof) an integer constant, its operand never
 * evaluated? Not so for a variable length array type's size. */
int pe_is_constant_size(CXCursor c);

#endif
