/* A static local keeps its value across calls and across awaits; it is not in the frame. */
#include <asyncc.h>
#include <stdio.h>

static async int tick(void)
{
    static int calls = 0;
    static const char *last = "none";
    calls++;
    printf("tick %d (last %s)\n", calls, last);
    await ac_yield();
    last = calls % 2 ? "odd" : "even";
    return calls;
}

static async void amain(void)
{
    int sum = 0;
    for (int i = 0; i < 4; i++)
        sum += await tick();
    printf("sum=%d\n", sum);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
