/* break and continue in while, do and for loops whose bodies await before and after them. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int i = 0;
    while (1) {
        int v = await val(i++);
        if (v == 1)
            continue;
        if (v == 4)
            break;
        printf("while %d\n", await val(v));
    }
    int j = 0;
    do {
        j++;
        await val(j);
        if (j == 2)
            continue;
        if (j == 5)
            break;
        printf("do %d\n", j);
    } while (j < 10);
    for (int k = 0; k < 10; k++) {
        if (await val(k) % 3 != 0)
            continue;
        if (k > 6)
            break;
        printf("for %d\n", k);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
