/*
 * analyse.h - the middle end: checks what the tool cannot support, numbers
 * the suspension points, decides which locals live in the frame, names the
 * frame members, decides which callee frames are embedded, and what glue
 * each async function needs in this file.
 */
#ifndef ASYNCC_ANALYSE_H
#define ASYNCC_ANALYSE_H

#include "ir.h"

/* Annotates `file` in place; problems go to diag.h. */
void analyse_file(ir_file *file);

#endif
