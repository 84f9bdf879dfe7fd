/* A loop built from a label and a backward goto, with an await between them. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async int count_down(int n)
{
    int steps = 0;
again:
    n = await val(n) - 1;
    steps++;
    printf("n=%d\n", n);
    if (n > 0)
        goto again;
    return steps;
}

static async void amain(void)
{
    printf("steps=%d\n", await count_down(3));
    int tries = 0;
retry:
    tries++;
    if (await val(tries) < 3) {
        printf("retry %d\n", tries);
        goto retry;
    }
    printf("tries=%d\n", tries);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
