/* continue in a for loop still runs the awaited increment and the awaited condition. */
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
    for (int i = 0; await val("cond", i) < 4; i = await val("inc", i + 1)) {
        if (i % 2 == 0) {
            printf("continue at %d\n", i);
            continue;
        }
        printf("body %d\n", i);
    }
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
