/* Tasks suspending deep inside chains of awaited calls still interleave in FIFO order. */
#include <asyncc.h>
#include <stdio.h>

static async void leaf(char name, int i)
{
    printf("%c leaf %d\n", name, i);
    await ac_yield();
}

static async void middle(char name, int i)
{
    await leaf(name, i);
    await leaf(name, i + 10);
}

static async int top(char name, int n)
{
    for (int i = 0; i < n; i++)
        await middle(name, i);
    return n;
}

static async void amain(void)
{
    ac_task *a = ac_spawn(top('a', 2));
    ac_task *b = ac_spawn(top('b', 1));
    int ra = 0, rb = 0;
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    printf("ra=%d rb=%d\n", ra, rb);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
