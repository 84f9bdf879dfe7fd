/* Gathered sleepers finish in deadline order; the gather waits for the slowest. */
#include <asyncc.h>
#include <stdio.h>

static async void nap(int id, int ms, int *order, int *next)
{
    await ac_sleep((uint64_t)ms);
    printf("nap %d (%d ms) done\n", id, ms);
    order[id] = (*next)++;
}

static async void amain(void)
{
    int order[4] = {0}, next = 1;
    await ac_gather(nap(0, 40, order, &next), nap(1, 10, order, &next), nap(2, 30, order, &next),
                    nap(3, 20, order, &next));
    printf("order %d %d %d %d\n", order[0], order[1], order[2], order[3]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
