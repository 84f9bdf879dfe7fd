/* Ten awaits in one expression are evaluated left to right and combined with C precedence. */
#include <asyncc.h>
#include <stdio.h>

static async int v(int x)
{
    printf("%d ", x);
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int r = await v(1) + await v(2) * await v(3) - await v(4) / await v(2) + (await v(5) << await v(1)) -
            await v(6) % await v(4) + await v(7);
    printf("\nr=%d\n", r);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
