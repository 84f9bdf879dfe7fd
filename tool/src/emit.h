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

/* The frame report of `file` (malloc'ed): per async function, its frame
 * size in bytes and the offset, size and meaning of each member; NULL
 * after reporting a template error. */
char *emit_frame_report(const tv *file);

#endif
