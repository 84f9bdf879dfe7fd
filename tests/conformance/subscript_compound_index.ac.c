/* arr[await i()] op= await v(): both the index and the operand are awaited. */
#include <asyncc.h>
#include <stdio.h>

static async int val(const char *what, int x)
{
    printf("%s %d\n", what, x);
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int hist[4] = {0};
    int data[6] = {1, 3, 1, 2, 3, 3};
    for (int i = 0; i < 6; i++)
        hist[await val("idx", data[i])] += await val("add", 1);
    printf("%d %d %d %d\n", hist[0], hist[1], hist[2], hist[3]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
