/* break and continue affect only the innermost loop, across awaits in both loops. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 5; j++) {
            if (await val(j) == i)
                continue;
            if (j > i + 2)
                break;
            printf("(%d,%d) ", i, j);
        }
        printf("| i=%d\n", await val(i));
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
