/* do ... while (await f()): the body runs first, continue jumps to the awaited condition. */
#include <asyncc.h>
#include <stdio.h>

static async int below(int x, int limit)
{
    printf("below %d %d\n", x, limit);
    await ac_yield();
    return x < limit;
}

static async void amain(void)
{
    int i = 0;
    do {
        i++;
        if (i == 2) {
            printf("skip %d\n", i);
            continue;
        }
        printf("body %d\n", i);
    } while (await below(i, 4));
    int once = 0;
    do
        once++;
    while (await below(10, 0));
    printf("i=%d once=%d\n", i, once);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
