/* A pointer to a local taken before an await still points at that local after it. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_sleep(1);
    return x;
}

static async void amain(void)
{
    int x = 1;
    int *p = &x;
    await val(0);
    *p = 2;
    printf("x=%d\n", x);
    x = await val(3);
    printf("*p=%d same=%d\n", *p, p == &x);
    int arr[4] = {0};
    int *q = &arr[2];
    *q = await val(9);
    q[1] = await val(10);
    printf("arr=%d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
