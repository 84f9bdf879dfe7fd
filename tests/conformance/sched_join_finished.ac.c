/* Joining a task that already finished gives its result at once; NULL discards a result. */
#include <asyncc.h>
#include <stdio.h>

static async int quick(int x)
{
    printf("quick %d\n", x);
    return x * 3;
}

static async void amain(void)
{
    ac_task *a = ac_spawn(quick(5));
    ac_task *b = ac_spawn(quick(6));
    for (int i = 0; i < 3; i++) {
        printf("main turn %d\n", i);
        await ac_yield();
    }
    int r = 0;
    await ac_join(a, &r);
    printf("r=%d\n", r);
    await ac_join(b, NULL);
    printf("b joined\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
