/* Doubly recursive fib through awaits, with a yield at every leaf. */
#include <asyncc.h>
#include <stdio.h>

static long calls;

static async long fib(int n)
{
    calls++;
    if (n < 2) {
        await ac_yield();
        return n;
    }
    return await fib(n - 1) + await fib(n - 2);
}

static async void amain(void)
{
    for (int n = 0; n <= 20; n += 5)
        printf("fib(%d)=%ld\n", n, await fib(n));
    printf("calls=%ld\n", calls);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
