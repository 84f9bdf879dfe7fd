/* A name shadowed in nested scopes with different types keeps each value across awaits. */
#include <asyncc.h>
#include <stdio.h>

struct two {
    int a, b;
};

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int x = await val(1);
    {
        double x = 2.5;
        await val(0);
        {
            const char *x = "three";
            await val(0);
            printf("inner x=%s\n", x);
        }
        await val(0);
        printf("middle x=%.1f\n", x);
        {
            struct two x = {4, await val(5)};
            printf("struct x=%d,%d\n", x.a, x.b);
        }
    }
    printf("outer x=%d\n", x);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
