/* Side effects of earlier arguments are visible when later awaited arguments run. */
#include <asyncc.h>
#include <stdio.h>

static int counter;

static int bump(void)
{
    counter++;
    printf("bump -> %d\n", counter);
    return counter;
}

static async int peek(void)
{
    printf("peek sees %d\n", counter);
    await ac_yield();
    counter += 10;
    return counter;
}

static void show(int a, int b, int c, int d)
{
    printf("show %d %d %d %d\n", a, b, c, d);
}

static async void amain(void)
{
    show(bump(), await peek(), bump(), await peek());
    printf("counter=%d\n", counter);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
