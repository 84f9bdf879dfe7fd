/* One declaration mixing a scalar, a pointer, an array and awaited initializers. */
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
    int a = await val(1), *p = &a, arr[3] = {7, 8, 9}, b = *p + await val(2);
    printf("a=%d *p=%d arr=%d,%d,%d b=%d\n", a, *p, arr[0], arr[1], arr[2], b);
    *p = await val(10);
    printf("a=%d\n", a);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
