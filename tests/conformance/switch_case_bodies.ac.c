/* Awaits inside case bodies, with fall-through from one awaiting case into the next. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    printf("val %d\n", x);
    await ac_yield();
    return x;
}

static async int run(int sel)
{
    int acc = 0;
    switch (sel) {
    case 0:
        acc += await val(1);
        /* fall through */
    case 1:
        acc += await val(10);
        /* fall through */
    case 2:
        acc += await val(100);
        break;
    case 3:
        acc = await val(1000);
        break;
    default:
        acc = -await val(1);
    }
    return acc;
}

static async void amain(void)
{
    for (int s = 0; s < 5; s++)
        printf("run(%d)=%d\n", s, await run(s));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
