/* Awaits inside if/else, while, do and for bodies, with break, continue
 * and an early return. */
#include <asyncc.h>
#include <stdio.h>

static async int id(int x)
{
    await ac_yield();
    return x;
}

static async int first_over(int limit)
{
    for (int i = 0;; i++) {
        int v = await id(i * i);
        if (v > limit)
            return v;
    }
}

static async void amain(void)
{
    int total = 0;
    for (int i = 0; i < 6; i++) {
        if (i == 1)
            continue;
        if (i % 2 == 0) {
            int v = await id(i);
            total += v;
        } else {
            int w = await id(100);
            total += w;
        }
        if (i == 4)
            break;
    }
    printf("for %d\n", total);
    int n = 0;
    while (n < 5) {
        n = await id(n + 2);
    }
    printf("while %d\n", n);
    int k = 0;
    do {
        await ac_yield();
        k++;
    } while (k < 3);
    printf("do %d\n", k);
    int f = await first_over(20);
    printf("early return %d\n", f);
    switch (f) {
    case 25:
        f = await id(1);
        /* fall through */
    case 26:
        f += 10;
        break;
    default:
        f = -1;
    }
    printf("switch %d\n", f);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
