/* A task that joins a task that joins another: results flow back up the chain. */
#include <asyncc.h>
#include <stdio.h>

static async int leaf(void)
{
    await ac_sleep(10);
    printf("leaf done\n");
    return 1;
}

static async int middle(void)
{
    ac_task *t = ac_spawn(leaf());
    int r = 0;
    await ac_join(t, &r);
    printf("middle got %d\n", r);
    return r + 10;
}

static async int top(void)
{
    ac_task *t = ac_spawn(middle());
    int r = 0;
    await ac_join(t, &r);
    printf("top got %d\n", r);
    return r + 100;
}

static async void amain(void)
{
    ac_task *t = ac_spawn(top());
    int r = 0;
    await ac_join(t, &r);
    printf("main got %d\n", r);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
