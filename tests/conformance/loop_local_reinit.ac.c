/* A local declared in a loop body is re-initialised on every pass, even across awaits. */
#include <asyncc.h>
#include <stdio.h>

struct counter {
    int n;
};

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    for (int i = 0; i < 3; i++) {
        int fresh = 10;
        int arr[3] = {0};
        struct counter s = {0};
        fresh += await val(i);
        arr[i] = await val(i + 1);
        s.n += await val(5);
        printf("pass %d fresh=%d arr=%d%d%d s=%d\n", i, fresh, arr[0], arr[1], arr[2], s.n);
    }
    int k = 0;
    while (k < 2) {
        int acc = await val(100);
        acc += k;
        printf("acc=%d\n", acc);
        k++;
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
