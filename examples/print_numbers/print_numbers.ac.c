/* print_numbers: prints 1 to 5, one a second (seed article 000). */
#include <asyncc.h>
#include <stdio.h>

static async void print_numbers(void)
{
    for (int i = 1; i < 6; i++) {
        printf("%d\n", i);
        fflush(stdout);
        await ac_sleep(1000);
    }
}

static async void amain(void)
{
    await print_numbers();
}

int main(void)
{
    ac_run(amain());
    return 0;
}
