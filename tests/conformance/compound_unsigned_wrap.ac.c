/* Compound assignment on narrow unsigned types wraps as C requires. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    unsigned char uc = 200;
    uc += await val(100);
    printf("uc=%u\n", (unsigned)uc);
    unsigned short us = 10;
    us -= await val(20);
    printf("us=%u\n", (unsigned)us);
    unsigned char m = 0x0f;
    m <<= await val(6);
    printf("m=%u\n", (unsigned)m);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
