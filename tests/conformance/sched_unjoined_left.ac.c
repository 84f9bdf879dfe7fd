/* Tasks still sleeping or never joined when the main call returns are dropped by ac_run. */
#include <asyncc.h>
#include <stdio.h>

static async void lingering(int id)
{
    printf("lingering %d starts\n", id);
    await ac_sleep(5000);
    printf("lingering %d never gets here\n", id);
}

static async int amain(void)
{
    ac_spawn(lingering(1));
    ac_spawn(lingering(2));
    await ac_yield();
    printf("main returns\n");
    return 7;
}

int main(void)
{
    int r = ac_run(amain());
    printf("ac_run gave %d\n", r);
    return 0;
}
