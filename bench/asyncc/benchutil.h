/* benchutil.h - timing and RSS helpers for the asyncc benchmarks (plain C,
 * no async code: included as is by the .ac.c files). */
#ifndef ASYNCC_BENCHUTIL_H
#define ASYNCC_BENCHUTIL_H

#include <fcntl.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

/* CLOCK_MONOTONIC, nanoseconds. */
static inline double bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* Resident set size, bytes: /proc/self/statm's second field times the page
 * size, read with open/read so that measuring allocates nothing. -1 on
 * error. */
static inline long bench_rss_bytes(void)
{
    char buf[256];
    long size = 0, resident = 0;
    ssize_t n;
    int fd = open("/proc/self/statm", O_RDONLY);
    if (fd < 0)
        return -1;
    n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    if (sscanf(buf, "%ld %ld", &size, &resident) != 2)
        return -1;
    return resident * sysconf(_SC_PAGESIZE);
}

/* Writes every page of [p, p + len) so that it is resident before a
 * baseline is taken. */
static inline void bench_touch(void *p, size_t len)
{
    volatile char *c = (volatile char *)p;
    size_t i;
    for (i = 0; i < len; i += 256)
        c[i] = 0;
    if (len)
        c[len - 1] = 0;
}

#endif
