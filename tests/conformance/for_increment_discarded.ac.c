/* A for-increment whose value is discarded: a comma whose last operand
 * awaits, a bare await, and an await among other side effects. */
#include <asyncc.h>
#include <stdio.h>

static async int tick(const char *what, int x)
{
    printf("%s %d\n", what, x);
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int n = 0;
    for (int i = 0; i < 3; i++, await tick("comma", i))
        n++;
    printf("n %d\n", n);
    for (int i = 0; i < 2; await tick("bare", i++))
        n++;
    printf("n %d\n", n);
    int k = 0;
    for (; k < 4; n += 1, k += await tick("sum", 2))
        ;
    printf("n %d k %d\n", n, k);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
