/* ?: choosing between awaited struct values, and between pointers to locals as an lvalue. */
#include <asyncc.h>
#include <stdio.h>

struct pt {
    int x, y;
};

static async struct pt mk(int x)
{
    printf("mk %d\n", x);
    await ac_yield();
    struct pt p = {x, x * x};
    return p;
}

static async int flag(int f)
{
    await ac_yield();
    return f;
}

static async void amain(void)
{
    struct pt p = await flag(1) ? await mk(3) : await mk(4);
    printf("p=(%d,%d)\n", p.x, p.y);
    int a = 0, b = 0;
    *(await flag(0) ? &a : &b) = 5;
    *(await flag(1) ? &a : &b) += 7;
    printf("a=%d b=%d\n", a, b);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
