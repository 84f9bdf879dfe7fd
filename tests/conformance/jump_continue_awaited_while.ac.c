/* continue in a while loop jumps back to its awaited condition, which runs again. */
#include <asyncc.h>
#include <stdio.h>

static async int below(int i, int n)
{
    printf("check %d\n", i);
    await ac_yield();
    return i < n;
}

static async void amain(void)
{
    int i = 0, odd = 0;
    while (await below(i, 5)) {
        i++;
        if (i % 2 == 0)
            continue;
        odd++;
        printf("odd %d\n", i);
    }
    printf("odd=%d\n", odd);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
