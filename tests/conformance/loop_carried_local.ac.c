/* A local set before a loop and read in later iterations, after awaits, keeps its value per task. */
#include <asyncc.h>
#include <stdio.h>

static async int id(int x)
{
    await ac_yield();
    return x;
}

static async int worker(int base)
{
    int k = base;
    int s = 0;
    for (int j = 0; j < 3; j++)
        s += await id(k);
    return s;
}

static async void amain(void)
{
    ac_task *a = ac_spawn(worker(1));
    ac_task *b = ac_spawn(worker(100));
    int ra = 0, rb = 0;
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    printf("%d %d\n", ra, rb);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
