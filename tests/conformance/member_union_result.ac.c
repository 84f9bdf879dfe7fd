/* (await f()).member on an awaited union value. */
#include <asyncc.h>
#include <stdio.h>

union word {
    unsigned int u;
    unsigned char bytes[4];
};

static async union word mkword(unsigned int v)
{
    await ac_yield();
    union word w;
    w.u = v;
    return w;
}

static async void amain(void)
{
    printf("u=%u\n", (await mkword(12345u)).u);
    union word w = await mkword(0x01020304u);
    unsigned sum = 0;
    for (int i = 0; i < 4; i++)
        sum += w.bytes[i];
    printf("sum=%u\n", sum);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
