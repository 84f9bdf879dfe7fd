/* x *= await f(), x /= await f(), x %= await f() on positive ints and a long. */
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
    int x = 7;
    x *= await val(6);
    printf("x=%d\n", x);
    x /= await val(4);
    printf("x=%d\n", x);
    x %= await val(4);
    printf("x=%d\n", x);
    long big = 3;
    for (int i = 0; i < 4; i++)
        big *= await val(1000);
    printf("big=%ld\n", big);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
