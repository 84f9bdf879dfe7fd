/* Each declarator's awaited initializer sees the declarators before it. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int a = await val(1), b = await val(a + 1), c = await val(a + b), d = a + b + c;
    printf("%d %d %d %d\n", a, b, c, d);
    for (int k = 0; k < 2; k++) {
        int x = await val(k * 10), y = x + await val(k), z = y * 2;
        printf("k=%d x=%d y=%d z=%d\n", k, x, y, z);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
