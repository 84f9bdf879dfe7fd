/* Values kept across awaits by different statements share frame storage; each statement still sees its own values (loops, switch, do, nested ifs). */
#include <asyncc.h>
#include <stdio.h>

static async int v(int x)
{
    await ac_yield();
    return x;
}

static async long big(long x)
{
    await ac_yield();
    return x * 1000000007L;
}

static async void amain(void)
{
    int total = 0;
    for (int i = await v(0); i < await v(3); i += await v(1)) {
        if (await v(i) % 2 == 0 && await v(i + 10) > 5)
            total += await v(i) * 100 + await v(i + 1);
        else
            total -= await v(7) - await v(2);
        switch (await v(i) + await v(1)) {
        case 1:
            printf("case 1 %d %ld\n", await v(i), await big(i + 1) + await v(5));
            /* fall through */
        case 2:
            printf("case 2 %ld\n", await big(await v(i) + 1) - await v(1));
            break;
        default:
            printf("default %d\n", await v(i) * await v(i));
        }
    }
    int n = 0;
    do {
        n += await v(n) + 1;
        printf("n %d %ld\n", n, await big(n) / await v(2));
    } while (await v(n) < 5 && await big(n) > 0);
    printf("total %d\n", total);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
