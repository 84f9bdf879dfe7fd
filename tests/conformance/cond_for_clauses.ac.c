/* Awaits in all three clauses of a for loop, in the order C runs them. */
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
    int sum = 0;
    for (int i = await val("init", 0); i < await val("cond", 3); i += await val("step", 1))
        sum += i;
    printf("sum=%d\n", sum);
    int j;
    for (j = await val("init", 10); await val("cond", j) > 8;)
        j -= await val("body", 1);
    printf("j=%d\n", j);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
