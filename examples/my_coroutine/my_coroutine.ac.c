/* my_coroutine: a coroutine awaited from main (seed article 002). */
#include <asyncc.h>
#include <stdio.h>

static async void my_coroutine(void)
{
    printf("Coroutine started\n");
    fflush(stdout);
    await ac_sleep(1000);
    printf("Coroutine finished\n");
}

static async void amain(void)
{
    await my_coroutine();
}

int main(void)
{
    ac_run(amain());
    return 0;
}
