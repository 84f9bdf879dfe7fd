/* return a && await f() / return a || await f(): the callee runs only when needed. */
#include <asyncc.h>
#include <stdio.h>

static async int check(int x)
{
    printf("check %d\n", x);
    await ac_yield();
    return x > 5;
}

static async int both(int a, int b)
{
    return await check(a) && await check(b);
}

static async int either(int a, int b)
{
    return await check(a) || await check(b);
}

static async void amain(void)
{
    printf("both %d\n", await both(1, 9));
    printf("both %d\n", await both(9, 9));
    printf("either %d\n", await either(9, 1));
    printf("either %d\n", await either(1, 1));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
