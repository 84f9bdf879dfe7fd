/* A file-local helper macro that asyncc expands (it may skip an awaiting
 * argument) and that is #undef'd after use, also inside the body. */
#include <asyncc.h>
#include <stdio.h>

#define MAX(a, b) ((a) > (b) ? (a) : (b))

static async int g(int a)
{
    await ac_yield();
    return a + 1;
}

static async int f(void)
{
#define TWICE_PLUS(x, y) ((x) + (x) + (y))
    int r = TWICE_PLUS(1, await g(10));
#undef TWICE_PLUS
    return MAX(r, await g(200));
}

#undef MAX

int main(void)
{
    printf("%d\n", ac_run(f()));
    return 0;
}
