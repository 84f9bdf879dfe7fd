/* if conditions combining several awaits with && and ||, nested ifs without braces. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async void amain(void)
{
    if (await val(1) && await val(0))
        printf("A\n");
    else
        printf("not A\n");
    if (await val(0) || await val(2) > 1)
        if (await val(3) == 3)
            printf("B\n");
        else
            printf("not B\n");
    int x = 5;
    if ((x = await val(9)) > 8)
        printf("x=%d\n", x);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
