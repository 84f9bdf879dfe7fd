/* `()` in a definition means no parameters (C11 6.7.6.3p14), not a
 * variadic function; a declaration without a prototype followed by a
 * definition with parameters takes the definition's. */
#include <asyncc.h>
#include <stdio.h>

static async int legacy()
{
    await ac_yield();
    return 7;
}

static async int add();

static async void amain()
{
    int a = await legacy();
    printf("%d %d\n", a, await add(a, 4));
}

static async int add(int a, int b)
{
    await ac_yield();
    return a + b;
}

int main(void)
{
    ac_run(amain());
    return 0;
}
