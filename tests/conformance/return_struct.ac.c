/* Async functions returning structs of several sizes, including a large one. */
#include <asyncc.h>
#include <stdio.h>

struct small {
    char c;
};
struct big {
    long v[32];
    double d;
};

static async struct small mk_small(char c)
{
    await ac_yield();
    struct small s = {c};
    return s;
}

static async struct big mk_big(long k)
{
    struct big b;
    for (int i = 0; i < 32; i++)
        b.v[i] = k * i;
    await ac_yield();
    b.d = 0.5 * (double)k;
    return b;
}

static async void amain(void)
{
    struct small s = await mk_small('z');
    struct big b = await mk_big(3);
    long sum = 0;
    for (int i = 0; i < 32; i++)
        sum += b.v[i];
    printf("%c %ld %.1f\n", s.c, sum, b.d);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
