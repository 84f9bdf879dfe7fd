/* Spawned tasks write results through pointers to the spawner's locals. */
#include <asyncc.h>
#include <stdio.h>

static async void produce(int *slot, int value, int ms)
{
    await ac_sleep((uint64_t)ms);
    *slot = value;
    printf("produced %d\n", value);
}

static async void amain(void)
{
    int a = 0, b = 0;
    ac_task *ta = ac_spawn(produce(&a, 11, 30));
    ac_task *tb = ac_spawn(produce(&b, 22, 10));
    await ac_join(ta, NULL);
    await ac_join(tb, NULL);
    printf("a=%d b=%d\n", a, b);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
