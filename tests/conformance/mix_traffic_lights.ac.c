/* Two traffic lights driven by sleeps with distinct deadlines 10 ms or more apart, and a monitor. */
#include <asyncc.h>
#include <stdio.h>

static async void light(const char *name, int offset_ms, int period_ms, int cycles)
{
    await ac_sleep((uint64_t)offset_ms);
    for (int i = 0; i < cycles; i++) {
        printf("%s %s\n", name, i % 2 ? "red" : "green");
        await ac_sleep((uint64_t)period_ms);
    }
}

static async void amain(void)
{
    ac_task *a = ac_spawn(light("north", 0, 40, 3));
    ac_task *b = ac_spawn(light("east", 20, 40, 3));
    await ac_join(a, NULL);
    await ac_join(b, NULL);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
