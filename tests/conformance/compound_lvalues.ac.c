/* Compound assignment through array elements, struct members, pointers and globals. */
#include <asyncc.h>
#include <stdio.h>

struct acc {
    int sum;
    long prod;
};

static int g_total = 1;
static struct acc g_acc = {0, 1};

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int arr[3] = {1, 2, 3};
    struct acc a = {10, 2};
    struct acc *pa = &a;
    int *p = &arr[1];
    for (int i = 0; i < 3; i++)
        arr[i] += await val(i * 100);
    a.sum -= await val(4);
    pa->prod *= await val(21);
    *p <<= await val(2);
    g_total += await val(41);
    g_acc.sum |= await val(6);
    g_acc.prod *= await val(9);
    printf("arr=%d %d %d\n", arr[0], arr[1], arr[2]);
    printf("a=%d %ld g=%d %d %ld\n", a.sum, a.prod, g_total, g_acc.sum, g_acc.prod);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
