/* Workload 3, asyncc: bytes of RSS per suspended task. Spawns N tasks that
 * each keep four int locals across a 60 s ac_sleep, waits 10 ms so that all
 * are asleep, and divides the growth of RSS since just before spawning by
 * N. The root then returns, and ac_run frees the sleeping tasks.
 * Usage: bench_sleep_rss [N]   (default 100,000). Prints `bytes_per_task X`. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>

#include "benchutil.h"

static async int sleeper(int id)
{
    int a = id;
    int b = id * 3;
    int c = id ^ 0x5a5a;
    int d = id + 7;
    await ac_sleep(60000);
    return a + b + c + d;
}

static async int amain(int n)
{
    int i;
    long before, after;
    /* The handles' array is made (and its pages touched) before the
     * baseline: it is the benchmark's, not the tasks'. */
    ac_task **tasks = malloc((size_t)n * sizeof *tasks);
    if (!tasks) {
        fprintf(stderr, "sleep_rss: out of memory\n");
        return 1;
    }
    bench_touch(tasks, (size_t)n * sizeof *tasks);
    before = bench_rss_bytes();
    for (i = 0; i < n; i++) {
        tasks[i] = ac_spawn(sleeper(i));
    }
    await ac_sleep(10);
    after = bench_rss_bytes();
    free(tasks);
    if (before < 0 || after < 0) {
        fprintf(stderr, "sleep_rss: cannot read /proc/self/statm\n");
        return 1;
    }
    printf("bytes_per_task %.1f\n", (double)(after - before) / n);
    return 0;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 100000;
    return ac_run(amain(n));
}
