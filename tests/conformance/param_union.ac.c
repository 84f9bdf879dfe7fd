/* Union parameters and union returns, with a tag chosen by the caller. */
#include <asyncc.h>
#include <stdio.h>

enum kind { K_INT, K_DBL };
union num {
    long i;
    double d;
};

static async union num twice(enum kind k, union num n)
{
    await ac_yield();
    if (k == K_INT)
        n.i *= 2;
    else
        n.d *= 2;
    return n;
}

static async void amain(void)
{
    union num a = {.i = 21};
    union num b = {.d = 1.25};
    a = await twice(K_INT, a);
    b = await twice(K_DBL, b);
    printf("%ld %.2f\n", a.i, b.d);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
