/* c ? await f() : await g(): only the chosen branch's call runs. */
#include <asyncc.h>
#include <stdio.h>

static async int left(int x)
{
    printf("left %d\n", x);
    await ac_yield();
    return x;
}

static async int right(int x)
{
    printf("right %d\n", x);
    await ac_yield();
    return -x;
}

static async void amain(void)
{
    for (int i = 0; i < 4; i++) {
        int r = i % 2 ? await left(i) : await right(i);
        printf("r=%d\n", r);
    }
    int s = await left(0) ? await left(1) : await right(2);
    printf("s=%d\n", s);
    int t = (await left(3) > 2 ? await left(4) : 0) + (0 ? await right(5) : 6);
    printf("t=%d\n", t);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
