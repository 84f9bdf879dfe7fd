/* x += await f() and x -= await f() on an int local, repeated in a loop. */
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
    int x = 100;
    x += await val(5);
    printf("x=%d\n", x);
    x -= await val(30);
    printf("x=%d\n", x);
    for (int i = 1; i <= 3; i++) {
        x += await val(i);
        x -= await val(1);
    }
    printf("x=%d\n", x);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
