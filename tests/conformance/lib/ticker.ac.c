/* Helpers for crossfile_tasks: tasks that print and yield. */
#include "ticker.h"

#include <stdio.h>

async int ticker(const char *name, int n)
{
    for (int i = 0; i < n; i++) {
        printf("%s %d\n", name, i);
        await ac_yield();
    }
    return n * 100;
}

async void ticker_into(const char *name, int n, int *out)
{
    *out = await ticker(name, n);
}
