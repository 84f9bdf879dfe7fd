/* Macros that repeat or reorder statements holding awaits (`s; s`,
 * `b; a`) are expanded, each statement running where the macro puts it. */
#include <asyncc.h>
#include <stdio.h>

#define TWICE(s) s; s
#define FIRST_THEN(a, b) b; a

async int v(int x)
{
    printf("v%d\n", x);
    await ac_yield();
    return x;
}

async int amain(void)
{
    int r = 0;
    TWICE(r += await v(1));
    printf("r = %d\n", r);
    FIRST_THEN(r += await v(2), r *= await v(3));
    printf("r = %d\n", r);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
