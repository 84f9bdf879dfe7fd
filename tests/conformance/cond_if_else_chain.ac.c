/* Awaits in the conditions of an if / else if / else chain: later conditions run only when reached. */
#include <asyncc.h>
#include <stdio.h>

static async int is(int x, int want)
{
    printf("is %d %d\n", x, want);
    await ac_yield();
    return x == want;
}

static async void amain(void)
{
    for (int i = 0; i < 4; i++) {
        if (await is(i, 0))
            printf("zero\n");
        else if (await is(i, 1))
            printf("one\n");
        else if (await is(i, 2)) {
            printf("two\n");
        } else
            printf("other\n");
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
