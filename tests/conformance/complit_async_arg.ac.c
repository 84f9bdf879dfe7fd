/* A compound literal containing an await, passed by value to an awaited async call. */
#include <asyncc.h>
#include <stdio.h>

struct span {
    int lo, hi;
};

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async int width(struct span s)
{
    await ac_yield();
    return s.hi - s.lo;
}

static async int sum(const int *v, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    await ac_yield();
    return s;
}

static async void amain(void)
{
    printf("%d\n", await width((struct span){await val(3), await val(10)}));
    printf("%d\n", await sum((const int[]){await val(1), await val(2), 3}, 3));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
