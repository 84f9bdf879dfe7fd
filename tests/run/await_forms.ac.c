/* Every await position this version supports, with void and non-void
 * callees. */
#include <asyncc.h>
#include <stdio.h>

static async int twice(int x)
{
    await ac_yield();
    return 2 * x;
}

static async void note(const char *what)
{
    await ac_yield();
    printf("note %s\n", what);
}

static async int chain(int x)
{
    return await twice(x);
}

static async void amain(void)
{
    await note("statement");
    int a = await twice(3);
    printf("init %d\n", a);
    a = await twice(a);
    printf("assign %d\n", a);
    int b = await chain(5);
    printf("return %d\n", b);
    await ac_sleep(0);
    printf("done %d\n", a + b);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
