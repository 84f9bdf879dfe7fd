/* g(a(), await f(), b()) evaluates its arguments left to right around the await. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static int plain(int x)
{
    printf("plain %d\n", x);
    return x;
}

static int sum3(int a, int b, int c)
{
    printf("sum3(%d,%d,%d)\n", a, b, c);
    return a + b + c;
}

static async void amain(void)
{
    int r = sum3(plain(1), await val(2), plain(3));
    printf("r=%d\n", r);
    r = sum3(await val(4), plain(5), await val(6));
    printf("r=%d\n", r);
    r = sum3(await val(7), await val(8), await val(9));
    printf("r=%d\n", r);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
