/* a || await f(): the awaited call runs only when the left operand is false. */
#include <asyncc.h>
#include <stdio.h>

static async int probe(int x)
{
    printf("probe %d\n", x);
    await ac_yield();
    return x;
}

static async void amain(void)
{
    for (int i = 0; i < 3; i++) {
        int r = i || await probe(i + 7);
        printf("i=%d r=%d\n", i, r);
    }
    int a = await probe(1) || await probe(2);
    int b = await probe(0) || await probe(0) || await probe(3);
    int c = await probe(0) || await probe(0);
    printf("a=%d b=%d c=%d\n", a, b, c);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
