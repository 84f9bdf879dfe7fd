/* ac_gather queues its calls in argument order and completes after the last one. */
#include <asyncc.h>
#include <stdio.h>

static async void step(const char *name, int n, int *out)
{
    for (int i = 0; i < n; i++) {
        printf("%s %d\n", name, i);
        await ac_yield();
    }
    *out = n * 10;
}

static async void amain(void)
{
    int a = 0, b = 0, c = 0, d = 0;
    await ac_gather(step("a", 3, &a), step("b", 1, &b), step("c", 0, &c), step("d", 2, &d));
    printf("gathered %d %d %d %d\n", a, b, c, d);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
