/* An await chain one million frames deep, suspending at the bottom, under a 1 MiB C stack. */
#include <asyncc.h>
#include <stdio.h>

static async long depth(long n)
{
    if (n == 0) {
        await ac_yield();
        await ac_sleep(1);
        return 0;
    }
    long d = await depth(n - 1);
    return d + 1;
}

static async void amain(void)
{
    printf("depth %ld\n", await depth(1000000));
    printf("again %ld\n", await depth(1000000));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
