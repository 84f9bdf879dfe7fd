/* Async prototypes shared by crossfile_mutual_recursion.ac.c and lib/parity_odd.ac.c. */
#ifndef CONF_PARITY_H
#define CONF_PARITY_H
#include <asyncc.h>

async int is_even(unsigned n);
async int is_odd(unsigned n);
extern int parity_calls;

#endif
