/* nested_coroutine: main awaits a coroutine between its own prints
 * (seed article 003). */
#include <asyncc.h>
#include <stdio.h>

static async void my_coroutine(void)
{
    printf("Starting coroutine\n");
    fflush(stdout);
    await ac_sleep(1000);
    printf("Coroutine completed\n");
}

static async void amain(void)
{
    printf("Starting main function\n");
    await my_coroutine();
    printf("Main function completed\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
