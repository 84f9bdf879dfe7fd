/* Arguments of the calls given to ac_gather may await: they are
 * evaluated left to right before the calls start, in order, as tasks. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async void show(const char *name, int x, int *out)
{
    printf("%s starts with %d\n", name, x);
    await ac_yield();
    *out = x * 10;
}

static async void amain(void)
{
    int a = 0, b = 0;
    int base = 1;
    await ac_gather(show("a", base, &a), show("b", await val(2), &b));
    printf("gathered %d %d\n", a, b);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
