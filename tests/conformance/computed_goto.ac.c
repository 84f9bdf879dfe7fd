/* GNU computed goto (`goto *target`) with its target in a frame local, and
 * labels as values kept across awaits. */
#include <asyncc.h>
#include <stdio.h>

async int step(int i)
{
    await ac_yield();
    return i + 1;
}

async int amain(void)
{
    static void *const table[] = { &&even, &&odd };
    void *next = &&start;
    int i = 0;
    goto *next;
start:
    printf("start\n");
    next = table[i % 2];
    i = await step(i);
    goto *next;
even:
    printf("even, i = %d\n", i);
    next = table[i % 2];
    i = await step(i);
    if (i < 4)
        goto *next;
    printf("done\n");
    return 0;
odd:
    printf("odd, i = %d\n", i);
    next = table[i % 2];
    i = await step(i);
    goto *next;
}

int main(void)
{
    return ac_run(amain());
}
