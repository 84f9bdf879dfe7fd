/* Locals of types aligned past max_align_t (vector types, cache-line
 * aligned structs) live across awaits at their alignment. */
#include <asyncc.h>
#include <stdint.h>
#include <stdio.h>

typedef double v4 __attribute__((vector_size(32), aligned(32)));
typedef struct {
    _Alignas(64) unsigned char bytes[64];
} line_t;

static int aligned_to(const void *p, uintptr_t a)
{
    return (uintptr_t)p % a == 0;
}

async int step(int x)
{
    await ac_yield();
    return x + 1;
}

async double scale(const v4 *pv, int n)
{
    v4 v = *pv;
    line_t line = { { 0 } };
    line.bytes[63] = (unsigned char)n;
    v4 w = v * 2;
    int k = await step(n);
    printf("copy %d, local %d, line %d\n", aligned_to(&v, 32),
           aligned_to(&w, 32), aligned_to(&line, 64));
    return w[0] + w[3] + line.bytes[63] + k;
}

async int amain(void)
{
    v4 a = { 1, 2, 3, 4 };
    line_t lines[2];
    lines[1].bytes[0] = 7;
    double r = await scale(&a, 5);
    int k = await step(1);
    a += a;
    printf("%.1f %d %.1f %d %d\n", r, k, a[3], lines[1].bytes[0],
           aligned_to(lines, 64) && aligned_to(&a, 32));
    ac_task *t = ac_spawn(scale(&a, 1));
    double s = 0;
    await ac_join(t, &s);
    printf("%.1f\n", s);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
