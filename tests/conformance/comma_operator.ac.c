/* The comma operator: every operand runs in order, the last one gives the value. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static int plain(int x)
{
    printf("plain %d\n", x);
    return x;
}

static async void amain(void)
{
    int a = (await val(1), plain(2), await val(3));
    printf("a=%d\n", a);
    int b = (plain(4), await val(5)) + (await val(6), 1);
    printf("b=%d\n", b);
    int i, j;
    for (i = 0, j = await val(10); i < 2; i++, j += await val(i))
        printf("i=%d j=%d\n", i, j);
    printf("end i=%d j=%d\n", i, j);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
