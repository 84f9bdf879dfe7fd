/* for (;;) with an awaited break condition inside, and for with only an awaited condition. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int n = 0;
    for (;;) {
        if (await val(n) >= 3)
            break;
        printf("n=%d\n", n++);
    }
    int k = 5;
    for (; await val(k);)
        k -= 2 - (k == 1);
    printf("k=%d\n", k);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
