/* Mutual recursion is_even/is_odd within one file, through a forward prototype. */
#include <asyncc.h>
#include <stdio.h>

static async int is_odd(unsigned n);

static async int is_even(unsigned n)
{
    if (n == 0)
        return 1;
    await ac_yield();
    return await is_odd(n - 1);
}

static async int is_odd(unsigned n)
{
    if (n == 0)
        return 0;
    return await is_even(n - 1);
}

static async void amain(void)
{
    for (unsigned n = 0; n < 6; n++)
        printf("%u even=%d odd=%d\n", n, await is_even(n), await is_odd(n));
    printf("301 odd=%d\n", await is_odd(301));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
