/* Nested awaits of callees that return without ever suspending, and ones that do. */
#include <asyncc.h>
#include <stdio.h>

static async int now(int x)
{
    printf("now %d\n", x);
    return x;
}

static async int later(int x)
{
    printf("later %d\n", x);
    await ac_sleep(1);
    return x;
}

static async void amain(void)
{
    int a = await now(await later(await now(1) + 1) + 1);
    printf("a=%d\n", a);
    int b = await later(await now(await later(5) * 2) * 2);
    printf("b=%d\n", b);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
