/* A plain header with async prototypes: enough for another file to await
 * these functions (SPEC §1). */
#ifndef COUNTER_H
#define COUNTER_H
#include <asyncc.h>

struct tally {
    int hits;
    char label[16];
};

async int count_to(int n);
async struct tally tally_up(struct tally t, int more);
async void ping_pong(int depth);

#endif
