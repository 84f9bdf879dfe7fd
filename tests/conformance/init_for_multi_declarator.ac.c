/* A for-clause declaration with several awaited declarators, evaluated once before the loop. */
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
    for (int i = await val("i", 0), n = await val("n", 3), step = await val("step", n - 2); i < n; i += step)
        printf("pass %d\n", i);
    int total = 0;
    for (long a = await val("a", 1), b = a + await val("b", 1); a < 20; a += b, b = a - b)
        total += (int)a;
    printf("total %d\n", total);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
