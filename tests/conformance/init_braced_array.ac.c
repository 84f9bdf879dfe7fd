/* Awaits in an array's braced initializer; unnamed elements are zero. */
#include <asyncc.h>
#include <stdio.h>

static async int get(int x)
{
    await ac_yield();
    return x * x;
}

static async void amain(void)
{
    int arr[6] = {await get(1), await get(2), [4] = await get(5)}, n = 6;
    for (int i = 0; i < n; i++)
        printf("arr[%d]=%d\n", i, arr[i]);
    double m[2][2] = {{await get(3), 0.5}, {1.5, await get(4)}};
    printf("m=%.1f %.1f %.1f %.1f\n", m[0][0], m[0][1], m[1][0], m[1][1]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
