/* goto forward over awaits, and out of nested loops to a label followed by an await. */
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
    int x = await val(1);
    if (x)
        goto skip;
    await val(99);
skip:
    printf("skipped\n");
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            if (await val(i * 3 + j) == 4)
                goto found;
    printf("not found\n");
found:
    await val(100);
    printf("found\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
