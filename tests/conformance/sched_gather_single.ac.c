/* ac_gather with a single call, and with calls that finish without suspending. */
#include <asyncc.h>
#include <stdio.h>

static async void set(int *p, int v)
{
    *p = v;
    printf("set %d\n", v);
}

static async void amain(void)
{
    int a = 0, b = 0, c = 0;
    await ac_gather(set(&a, 1));
    printf("a=%d\n", a);
    await ac_gather(set(&b, 2), set(&c, 3));
    printf("b=%d c=%d\n", b, c);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
