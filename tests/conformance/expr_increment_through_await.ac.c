/* ++ and -- applied through pointers returned by awaited calls. */
#include <asyncc.h>
#include <stdio.h>

static int counters[3];

static async int *slot(int i)
{
    printf("slot %d\n", i);
    await ac_yield();
    return &counters[i];
}

static async void amain(void)
{
    (*await slot(0))++;
    ++*await slot(1);
    ++*await slot(1);
    int old = (*await slot(2))--;
    int now = --*await slot(2);
    printf("%d %d %d old=%d now=%d\n", counters[0], counters[1], counters[2], old, now);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
