/* Unary operators applied to awaited values: - ! ~ * & and sizeof of a non-awaited operand. */
#include <asyncc.h>
#include <stdio.h>

struct cell {
    int v;
};

static struct cell cells[2] = {{5}, {6}};

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async struct cell *cellp(int i)
{
    await ac_yield();
    return &cells[i];
}

static async void amain(void)
{
    int a = -await val(3);
    int b = !await val(0);
    unsigned c = ~(unsigned)await val(0);
    int d = *&(await cellp(1))->v;
    int *pv = &(await cellp(0))->v;
    printf("%d %d %u %d %d\n", a, b, c, d, *pv);
    printf("%d\n", -(-await val(4)) + +await val(2));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
