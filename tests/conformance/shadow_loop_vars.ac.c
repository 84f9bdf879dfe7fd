/* Loop variables that shadow an outer variable of the same name, awaited in both scopes. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int i = 100;
    for (int i = 0; i < 3; i++) {
        await val(i);
        for (long i = 10; i < 12; i++)
            printf("inner i=%ld\n", (long)await val((int)i));
        printf("mid i=%d\n", i);
    }
    printf("outer i=%d\n", await val(i));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
