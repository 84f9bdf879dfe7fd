/* ac_gather called repeatedly in a loop, each round's results feeding the next. */
#include <asyncc.h>
#include <stdio.h>

static async void square(int x, int *out)
{
    await ac_yield();
    *out = x * x;
}

static async void amain(void)
{
    int a = 1, b = 2;
    for (int round = 0; round < 3; round++) {
        int na = 0, nb = 0;
        await ac_gather(square(a, &na), square(b, &nb));
        a = na % 1000;
        b = nb % 1000;
        printf("round %d: %d %d\n", round, a, b);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
