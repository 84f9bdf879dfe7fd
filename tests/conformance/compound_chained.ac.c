/* Right-associative chains: a += b -= await f(), and an assignment used as a value. */
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
    int a = 1, b = 10, c = 0;
    a += b -= await val(3);
    printf("a=%d b=%d\n", a, b);
    a = b = c = await val(5);
    printf("a=%d b=%d c=%d\n", a, b, c);
    int d = (c *= await val(4)) + 1;
    printf("c=%d d=%d\n", c, d);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
