/* Nested conditional operators with awaits in the condition and in both arms. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async const char *classify(int n)
{
    return await val(n) < 0 ? "neg" : await val(n) == 0 ? "zero" : await val(n) < 10 ? "small" : "big";
}

static async void amain(void)
{
    printf("%s\n", await classify(-4));
    printf("%s\n", await classify(0));
    printf("%s\n", await classify(7));
    printf("%s\n", await classify(70));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
