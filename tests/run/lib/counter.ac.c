/* The other half of crossfile: defines what counter.h declares. */
#include "counter.h"

#include <stdio.h>

async int count_to(int n)
{
    int i;
    for (i = 0; i < n; i++)
        await ac_yield();
    return i;
}

async struct tally tally_up(struct tally t, int more)
{
    await ac_sleep(1);
    t.hits += more;
    return t;
}

async void ping_pong(int depth)
{
    printf("ping %d\n", depth);
    if (depth > 0)
        await ping_pong(depth - 1);
    printf("pong %d\n", depth);
}
