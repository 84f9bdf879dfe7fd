/* arr[await f()] reads and writes elements chosen by an awaited index. */
#include <asyncc.h>
#include <stdio.h>

static async int idx(int x)
{
    printf("idx %d\n", x);
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int arr[5] = {10, 20, 30, 40, 50};
    printf("arr[2]=%d\n", arr[await idx(2)]);
    arr[await idx(4)] = 99;
    arr[await idx(0)] += arr[await idx(1)];
    for (int i = 0; i < 5; i++)
        printf("%d ", arr[i]);
    printf("\n");
    printf("sum=%d\n", arr[await idx(3)] + arr[await idx(4)]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
