/* ac_gather queues its calls as tasks in argument order, behind tasks that
 * are already ready, and completes when all have completed. Results come
 * back through out-parameters. */
#include <asyncc.h>
#include <stdio.h>

static async void step(const char *name, int n, int *out)
{
    for (int i = 0; i < n; i++) {
        printf("%s %d\n", name, i);
        await ac_yield();
    }
    *out = n;
}

static async void bystander(void)
{
    printf("bystander runs\n");
}

static async void amain(void)
{
    int a = 0, b = 0, c = 0;
    ac_task *t = ac_spawn(bystander());
    await ac_gather(step("a", 2, &a), step("b", 3, &b), step("c", 1, &c));
    printf("gathered %d %d %d\n", a, b, c);
    await ac_join(t, NULL);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
