/* A static local seen by every level of a recursive async function. */
#include <asyncc.h>
#include <stdio.h>

static async int descend(int n)
{
    static int deepest = 0;
    if (n > deepest)
        deepest = n;
    await ac_yield();
    if (n < 5)
        await descend(n + 1);
    return deepest;
}

static async void amain(void)
{
    printf("deepest=%d\n", await descend(1));
    printf("again=%d\n", await descend(3));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
