/*
 * parse.h - the front end: parses an async-C file with libclang and builds
 * the IR (ir.h). This is the only module of the tool that sees libclang.
 */
#ifndef ASYNCC_PARSE_H
#define ASYNCC_PARSE_H

#include "ir.h"

/* Parses `file->path` (whose bytes are file->src) with the clang flags
 * `args`, fills file->root and file->fns. Errors (the user's C errors as
 * libclang reports them, and misuse of async/await) go to diag.h. Returns
 * 0, or -1 when the file could not be parsed at all. */
int parse_file(ir_file *file, const char *const *args, int nargs);

#endif
