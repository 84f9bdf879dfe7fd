/* a || b && c and (a || b) && c with every operand awaited: C's grouping and short-circuit. */
#include <asyncc.h>
#include <stdio.h>

static async int probe(int x)
{
    printf("probe %d\n", x);
    await ac_yield();
    return x % 2;
}

static async void amain(void)
{
    int r1 = await probe(1) || await probe(2) && await probe(3);
    printf("r1=%d\n", r1);
    int r2 = (await probe(1) || await probe(2)) && await probe(4);
    printf("r2=%d\n", r2);
    int r3 = await probe(2) || await probe(5) && await probe(7);
    printf("r3=%d\n", r3);
    int r4 = !await probe(8) && (await probe(10) || await probe(11));
    printf("r4=%d\n", r4);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
