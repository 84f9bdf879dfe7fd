/* A task sleeping 30 ms three times and one sleeping 45 ms once interleave by deadline. */
#include <asyncc.h>
#include <stdio.h>

static async void repeater(void)
{
    for (int i = 1; i <= 3; i++) {
        await ac_sleep(30);
        printf("repeater tick %d\n", i);
    }
}

static async void once(void)
{
    await ac_sleep(45);
    printf("once fires\n");
}

static async void amain(void)
{
    ac_task *r = ac_spawn(repeater());
    ac_task *o = ac_spawn(once());
    await ac_join(r, NULL);
    await ac_join(o, NULL);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
