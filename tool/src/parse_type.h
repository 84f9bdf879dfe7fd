/*
 * parse_type.h - C types from libclang to the IR's declarator form (part
 * of the front end: only parse*.c see libclang).
 */
#ifndef ASYNCC_PARSE_TYPE_H
#define ASYNCC_PARSE_TYPE_H

#include <clang-c/Index.h>

#include "ir.h"

/* The IR type of t, without its top-level qualifiers. */
ir_type ptype_make(CXType t);

/* The pointer type the array or function type t is adjusted to as a
 * parameter's (C11 6.7.6.3p7-8). */
ir_type ptype_decayed(CXType t);

#endif
