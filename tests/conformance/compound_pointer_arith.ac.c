/* p += await f() and p -= await f() move a pointer through an array kept in the frame. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int arr[8] = {0, 10, 20, 30, 40, 50, 60, 70};
    int *p = arr;
    p += await val(3);
    printf("*p=%d\n", *p);
    p += await val(4);
    printf("*p=%d\n", *p);
    p -= await val(5);
    printf("*p=%d idx=%d\n", *p, (int)(p - arr));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
