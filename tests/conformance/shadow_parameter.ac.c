/* A block-scope local that shadows a parameter, and a parameter that shadows a global. */
#include <asyncc.h>
#include <stdio.h>

static int n = 1000;

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async int f(int n)
{
    int r = await val(n);
    {
        unsigned char n = 255;
        n += (unsigned char)await val(3);
        r += n;
    }
    return r + n;
}

static async void amain(void)
{
    printf("f=%d global=%d\n", await f(7), n);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
