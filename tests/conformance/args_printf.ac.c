/* Awaits as arguments of printf itself, mixed with plain arguments. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async const char *word(int i)
{
    static const char *w[] = {"alpha", "beta", "gamma"};
    await ac_yield();
    return w[i];
}

static async void amain(void)
{
    printf("%d %s %d\n", await val(1), await word(1), 3);
    printf("%s-%s-%s\n", await word(0), await word(1), await word(2));
    for (int i = 0; i < 3; i++)
        printf("[%d:%d]\n", i, await val(i * i));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
