/* Gathered calls are queued behind tasks that were already ready. */
#include <asyncc.h>
#include <stdio.h>

static async void early(int id)
{
    printf("early %d\n", id);
    await ac_yield();
    printf("early %d again\n", id);
}

static async void part(int id, int *out)
{
    printf("part %d\n", id);
    await ac_yield();
    printf("part %d again\n", id);
    *out = id;
}

static async void amain(void)
{
    ac_task *e1 = ac_spawn(early(1));
    ac_task *e2 = ac_spawn(early(2));
    int x = 0, y = 0;
    await ac_gather(part(1, &x), part(2, &y));
    await ac_join(e1, NULL);
    await ac_join(e2, NULL);
    printf("x=%d y=%d\n", x, y);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
