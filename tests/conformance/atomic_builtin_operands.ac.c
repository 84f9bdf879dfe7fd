/* Awaits in the operands of GNU's __atomic builtins, whose operands
 * libclang lists out of order, run left to right. */
#include <asyncc.h>
#include <stdio.h>

async int v(int x)
{
    printf("v(%d)\n", x);
    await ac_yield();
    return x;
}

async int amain(void)
{
    int x = 10;
    int old = __atomic_fetch_add(&x, await v(5), __ATOMIC_SEQ_CST);
    __atomic_store_n(&x, x + await v(1), await v(__ATOMIC_RELAXED));
    printf("%d %d\n", old, x);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
