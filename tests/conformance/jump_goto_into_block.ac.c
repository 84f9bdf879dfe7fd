/* goto to a label inside a nested block (no VLA), then awaits inside that block. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int visits = 0;
    int mode = await val(1);
    if (mode)
        goto inside;
    printf("not printed\n");
    {
        int local;
        local = 0;
    inside:
        local = await val(40) + 2;
        visits++;
        printf("inside local=%d visits=%d\n", local, visits);
    }
    printf("after block\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
