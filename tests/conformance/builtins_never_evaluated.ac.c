/* Awaits in operands a GNU builtin never evaluates do not run: the branch
 * __builtin_choose_expr does not choose, and the arguments of
 * __builtin_constant_p, __builtin_object_size, __builtin_classify_type. */
#include <asyncc.h>
#include <stdio.h>

static int runs;
static char text[16] = "abc";

async int f(int x)
{
    runs++;
    await ac_yield();
    return x;
}

async char *buffer(void)
{
    runs++;
    await ac_yield();
    return text;
}

async int amain(void)
{
    int a = __builtin_choose_expr(1, await f(1), await f(2));
    int b = __builtin_choose_expr(0, await f(3), await f(4));
    printf("choose: %d %d, runs %d\n", a, b, runs);
    int c = __builtin_constant_p(await f(5));
    int d = __builtin_classify_type(await f(6));
    long e = (long)__builtin_object_size(await buffer(), 0);
    printf("constant_p %d, classify %d, object_size %ld, runs %d\n", c, d, e,
           runs);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
