/* while (await f()) re-evaluates the awaited condition before every pass. */
#include <asyncc.h>
#include <stdio.h>

static int stock = 3;

static async int take(void)
{
    printf("take (stock %d)\n", stock);
    await ac_yield();
    if (stock == 0)
        return 0;
    stock--;
    return 1;
}

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int n = 0;
    while (await take())
        n++;
    printf("took %d\n", n);
    int i = 0;
    while (i < await val(5) && await val(i) != 3)
        i++;
    printf("i=%d\n", i);
    while (await val(0))
        printf("never\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
