/* Parameters of function type are pointers, as in C. */
#include <asyncc.h>
#include <stdio.h>

typedef int unary(int);
typedef async int handler_fn(int);

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }

async int half(int x)
{
    await ac_yield();
    return x / 2;
}

async int apply(int cb(int), unary other, handler_fn h, int x)
{
    int a = cb(x);
    await ac_yield();
    int b = other(a);
    int c = await h(b);
    printf("cb(%d) = %d, other(%d) = %d, h(%d) = %d\n", x, a, a, b, b, c);
    return cb == twice && other == square;
}

async int amain(void)
{
    int same = await apply(twice, square, half, 3);
    printf("same functions: %d\n", same);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
