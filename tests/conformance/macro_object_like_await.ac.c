/* An object-like macro whose body awaits (TICK, NEXT_ID, NAP) suspends at each use, also twice in one expression, in two interleaved tasks. */
#include <asyncc.h>
#include <stdio.h>

#define TICK await ac_yield()
#define NEXT_ID (await next_id())
#define NAP await ac_sleep(20)

static int counter;

static async int next_id(void)
{
    await ac_yield();
    return ++counter;
}

static async int worker(const char *name, int naps)
{
    printf("%s start\n", name);
    TICK;
    int a = NEXT_ID;
    printf("%s got %d\n", name, a);
    int b = NEXT_ID * 10 + NEXT_ID;
    printf("%s got %d\n", name, b);
    for (int i = 0; i < naps; i++)
        NAP;
    printf("%s woke\n", name);
    if (NEXT_ID % 2)
        printf("%s odd\n", name);
    else
        printf("%s even\n", name);
    return a + b;
}

static async void amain(void)
{
    ac_task *t1 = ac_spawn(worker("w1", 1));
    ac_task *t2 = ac_spawn(worker("w2", 4));
    TICK;
    printf("main after tick\n");
    int r1 = 0, r2 = 0;
    await ac_join(t1, &r1);
    await ac_join(t2, &r2);
    printf("results %d %d counter %d\n", r1, r2, counter);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
