/* Mutual recursion across two files through async prototypes in a plain header. */
#include "lib/parity.h"

#include <stdio.h>

async int is_even(unsigned n)
{
    parity_calls++;
    if (n == 0)
        return 1;
    return await is_odd(n - 1);
}

static async void amain(void)
{
    for (unsigned n = 0; n < 5; n++)
        printf("%u: even=%d odd=%d\n", n, await is_even(n), await is_odd(n));
    printf("10000: even=%d\n", await is_even(10000));
    printf("calls=%d\n", parity_calls);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
