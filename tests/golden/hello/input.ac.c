/* hello_world: Hello, a second's pause, World (seed article 001). */
#include <asyncc.h>
#include <stdio.h>

static async void amain(void)
{
    printf("Hello\n");
    fflush(stdout);
    await ac_sleep(1000);
    printf("World\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
