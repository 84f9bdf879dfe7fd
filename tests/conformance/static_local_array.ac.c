/* A static local array and a static local pointer updated across calls with awaits between. */
#include <asyncc.h>
#include <stdio.h>

static async int record(int v)
{
    static int history[8];
    static int *top = history;
    await ac_yield();
    *top++ = v;
    int sum = 0;
    for (int *p = history; p < top; p++)
        sum += *p;
    await ac_yield();
    return sum;
}

static async void amain(void)
{
    for (int i = 1; i <= 5; i++)
        printf("after %d: %d\n", i, await record(i * i));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
