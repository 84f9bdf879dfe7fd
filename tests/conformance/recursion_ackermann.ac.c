/* Ackermann's function for small arguments through nested recursive awaits. */
#include <asyncc.h>
#include <stdio.h>

static async long ack(long m, long n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return await ack(m - 1, 1);
    return await ack(m - 1, await ack(m, n - 1));
}

static async void amain(void)
{
    for (long m = 0; m <= 2; m++)
        for (long n = 0; n <= 3; n++)
            printf("ack(%ld,%ld)=%ld\n", m, n, await ack(m, n));
    printf("ack(3,3)=%ld\n", await ack(3, 3));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
