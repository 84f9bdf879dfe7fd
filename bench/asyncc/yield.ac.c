/* Workload 1, asyncc: ns per suspend+resume round trip through the
 * scheduler. Two tasks each do N/2 `await ac_yield()`, so every yield puts
 * one task at the back of the ready queue and resumes the other.
 * Usage: bench_yield [N]   (default 20,000,000). Prints `ns_per_op X`. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>

#include "benchutil.h"

static async long yield_loop(long n)
{
    long i;
    for (i = 0; i < n; i++) {
        await ac_yield();
    }
    return n;
}

/* Spawns two yielders of n/2 each and joins both; gives the yields done. */
static async long pair(long n)
{
    long ra = 0;
    long rb = 0;
    ac_task *a = ac_spawn(yield_loop(n / 2));
    ac_task *b = ac_spawn(yield_loop(n / 2));
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    return ra + rb;
}

static async int amain(long n)
{
    long ops;
    int rep;
    double t0, t1, per;
    double best = 0;
    ops = await pair(n / 10); /* warm-up */
    for (rep = 0; rep < 3; rep++) {
        t0 = bench_now_ns();
        ops = await pair(n);
        t1 = bench_now_ns();
        per = (t1 - t0) / (double)ops;
        if (rep == 0 || per < best) {
            best = per;
        }
    }
    if (ops != 2 * (n / 2)) {
        fprintf(stderr, "yield: wrong count %ld\n", ops);
        return 1;
    }
    printf("ns_per_op %.2f\n", best);
    return 0;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 20000000L;
    return ac_run(amain(n));
}
