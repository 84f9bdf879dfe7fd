/* _Bool parameters and returns: any non-zero value converts to 1. */
#include <asyncc.h>
#include <stdbool.h>
#include <stdio.h>

static async _Bool is_even(int n)
{
    await ac_yield();
    return n % 2 == 0;
}

static async bool negate(bool b)
{
    await ac_yield();
    return !b;
}

static async int as_int(_Bool b)
{
    await ac_yield();
    return b;
}

static async void amain(void)
{
    _Bool e = await is_even(4);
    bool o = await negate(e);
    printf("%d %d\n", e, o);
    printf("%d\n", await as_int(256));
    _Bool z = (_Bool)await as_int(0);
    printf("%d %d\n", z, (int)sizeof(z));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
