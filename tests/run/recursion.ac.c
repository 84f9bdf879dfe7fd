/* Recursion through awaits, and a chain 200,000 frames deep that does not
 * grow the C stack (the scheduler's trampoline resumes the innermost frame
 * directly). */
#include <asyncc.h>
#include <stdio.h>

static async int fib(int n)
{
    if (n < 2)
        return n;
    int a = await fib(n - 1);
    int b = await fib(n - 2);
    return a + b;
}

static async long depth(long n)
{
    if (n == 0) {
        await ac_yield();
        return 0;
    }
    long d = await depth(n - 1);
    return d + 1;
}

static async void amain(void)
{
    int f = await fib(15);
    printf("fib %d\n", f);
    long d = await depth(200000);
    printf("depth %ld\n", d);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
