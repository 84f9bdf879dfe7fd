/* Locals of unnamed struct and union types, initialised by awaits and kept across awaits. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    struct {
        int a, b;
    } p = {1, await val(2)};
    printf("p=%d,%d\n", p.a, p.b);
    union {
        int i;
        float f;
    } u;
    u.i = 7;
    await val(0);
    printf("u=%d\n", u.i);
    struct {
        char tag;
        int n;
    } q = {'q', 3};
    q.n += await val(4);
    printf("q=%c%d\n", q.tag, q.n);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
