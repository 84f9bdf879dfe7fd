/* Nested awaits as operands of arithmetic, evaluated left to right. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int a = await val(await val(2) + await val(3)) * await val(await val(4) - 1);
    printf("a=%d\n", a);
    int b = (await val(10) - await val(await val(1) + 2)) << await val(1);
    printf("b=%d\n", b);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
