/* return with awaits in arithmetic, nested calls and conditional expressions. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async int plus_one(int x)
{
    return await val(x) + 1;
}

static async int pick(int c)
{
    return c ? await val(10) : await val(20);
}

static async int chain(int x)
{
    return await plus_one(await plus_one(x)) * await val(2);
}

static async void amain(void)
{
    printf("%d\n", await plus_one(4));
    printf("%d\n", await pick(1));
    printf("%d\n", await pick(0));
    printf("%d\n", await chain(1));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
