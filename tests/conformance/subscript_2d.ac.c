/* m[await f()][await g()] on a two-dimensional local array. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int m[3][4];
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < 4; c++)
            m[await val(r)][await val(c)] = r * 10 + c;
    printf("m[2][3]=%d\n", m[await val(2)][await val(3)]);
    printf("m[1][0]=%d\n", m[await val(1)][0]);
    int total = 0;
    for (int r = 0; r < 3; r++)
        total += m[r][await val(r)];
    printf("diag=%d\n", total);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
