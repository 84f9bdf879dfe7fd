/* A macro that asyncc expands in the source keeps quiet what compilers
 * never warn about in a macro's text: the doubled parentheses of
 * `if (EQ(a, b))`, a self-comparison in an argument. Built with -Wall
 * -Wextra -Werror by gcc and clang. */
#include <asyncc.h>
#include <stdio.h>

#define EQ(a, b) ((a) == (b))
#define IS_ZERO(a) ((a) == 0)
#define TWICE(a) ((a) + (a))
#define MIN(a, b) ((a) < (b) ? (a) : (b))

static async int get(int v)
{
    await ac_yield();
    return v;
}

static async void amain(void)
{
    int x = 1;
    if (EQ(x, await get(1)))
        printf("eq\n");
    while (IS_ZERO(await get(0) - 1))
        printf("never\n");
    int y = 1 + TWICE((x == x) & x) + await get(1);
    int z = (await get(3) && MIN(x, 16)) + TWICE(x != x);
    printf("%d %d\n", y, z);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
