/*
 * emit.h - the back end: renders the lowering's tree through the Lua
 * templates (tool/templates/c.lua, embedded into the binary at build time).
 */
#ifndef ASYNCC_EMIT_H
#define ASYNCC_EMIT_H

#include "tree.h"

/* The generated C for `file` (malloc'ed), or NULL after reporting a
 * template error on stderr. */
char *emit_render(const tv *file);

#endif
