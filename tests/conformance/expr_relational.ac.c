/* Comparisons and equality with awaits on both sides, used as int values. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int lt = await val(1) < await val(2);
    int ge = await val(1) >= await val(2);
    int eq = await val(3) == await val(3);
    int ne = await val(3) != await val(3);
    int chain = (await val(5) > await val(4)) + (await val(4) <= await val(4)) * 2;
    printf("%d %d %d %d %d\n", lt, ge, eq, ne, chain);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
