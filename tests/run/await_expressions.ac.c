/* Awaits anywhere an expression may stand, in C's order of evaluation,
 * with && || ?: and comma evaluating an awaited call only where C would. */
#include <asyncc.h>
#include <stdio.h>

struct pair {
    int a, b;
};

static int trace_n;

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async struct pair mk(int a, int b)
{
    await ac_yield();
    struct pair p = {a, b};
    return p;
}

static int plain(int x)
{
    printf("plain %d\n", x);
    return x;
}

static int sum3(int a, int b, int c)
{
    return a + b + c;
}

static async void amain(void)
{
    int arr[4] = {10, 20, 30, 40};
    int x = 1;
    printf("args %d\n", sum3(plain(1), await val(2), plain(3)));
    x += await val(5);
    printf("compound %d\n", x);
    printf("nested %d\n", await val(await val(7) + 1));
    printf("member %d\n", (await mk(3, 4)).b);
    printf("subscript %d\n", arr[await val(2)]);
    printf("cast %ld\n", (long)await val(9));
    int t = 0 && await val(100);
    int u = 1 || await val(101);
    int v = 1 && await val(11);
    int w = 0 || await val(12);
    printf("logic %d %d %d %d\n", t, u, v, w);
    int c1 = x > 0 ? await val(13) : await val(102);
    int c2 = x < 0 ? await val(103) : await val(14);
    printf("cond %d %d\n", c1, c2);
    int cm = (plain(15), await val(16));
    printf("comma %d\n", cm);
    int a = await val(1) + await val(2) * await val(3);
    printf("arith %d\n", a);
    if (await val(1) == 1)
        printf("if taken\n");
    int n = 0;
    while (await val(n) < 2)
        n++;
    printf("while %d\n", n);
    int k = 0;
    do {
        k++;
        if (k == 1)
            continue;
    } while (await val(k) < 3);
    printf("do %d\n", k);
    int total = 0;
    for (int i = await val(0); i < await val(3); i += await val(1)) {
        if (i == 1)
            continue;
        total += i;
    }
    printf("for %d\n", total);
    switch (await val(2)) {
    case 1:
        printf("one\n");
        break;
    case 2:
        printf("two\n");
        /* fall through */
    default:
        printf("default\n");
    }
    trace_n = await val(42);
    printf("global %d\n", trace_n);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
