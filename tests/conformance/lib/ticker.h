/* A task body defined in lib/ticker.ac.c, spawned and gathered from crossfile_tasks.ac.c. */
#ifndef CONF_TICKER_H
#define CONF_TICKER_H
#include <asyncc.h>

async int ticker(const char *name, int n);
async void ticker_into(const char *name, int n, int *out);

#endif
