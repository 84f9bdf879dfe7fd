/*
 * lower.h - lowering: turns the analysed IR into a tree of code pieces
 * (tree.h) for the templates. Statements keep their structure and text;
 * each await becomes a suspension point (store the state, start the
 * callee, return to the scheduler, resume label), each return completes
 * the frame, and locals kept in the frame are reached through it.
 */
#ifndef ASYNCC_LOWER_H
#define ASYNCC_LOWER_H

#include "ir.h"
#include "tree.h"

/* The whole output file as a record {kind="file", path=..., items={...}};
 * NULL when a construct could not be lowered (reported through diag.h). */
tv *lower_file(ir_file *file);

#endif
