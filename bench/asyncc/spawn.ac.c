/* Workload 2, asyncc: ns per spawned-and-joined trivial task. A loop spawns
 * a task running inc(i) (returns i + 1) and joins it.
 * Usage: bench_spawn [N]   (default 2,000,000). Prints `ns_per_op X`. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>

#include "benchutil.h"

static async int inc(int x)
{
    return x + 1;
}

static async long spawn_loop(long n)
{
    long i;
    long sum = 0;
    int r;
    ac_task *t;
    for (i = 0; i < n; i++) {
        r = 0;
        t = ac_spawn(inc((int)i));
        await ac_join(t, &r);
        sum += r;
    }
    return sum;
}

static async int amain(long n)
{
    long sum;
    int rep;
    double t0, t1, per;
    double best = 0;
    sum = await spawn_loop(n / 10); /* warm-up */
    for (rep = 0; rep < 3; rep++) {
        t0 = bench_now_ns();
        sum = await spawn_loop(n);
        t1 = bench_now_ns();
        per = (t1 - t0) / (double)n;
        if (rep == 0 || per < best) {
            best = per;
        }
    }
    if (sum != n * (n + 1) / 2) {
        fprintf(stderr, "spawn: wrong sum %ld\n", sum);
        return 1;
    }
    printf("ns_per_op %.2f\n", best);
    return 0;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 2000000L;
    return ac_run(amain(n));
}
