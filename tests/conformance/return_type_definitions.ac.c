/* A struct or enum defined in an async function's return type is kept. */
#include <asyncc.h>
#include <stdio.h>

async struct pt { int x, y; } make(int x);

async enum color { RED, GREEN = 5 } pick(int i)
{
    await ac_yield();
    return i ? GREEN : RED;
}

async struct pt make(int x)
{
    await ac_yield();
    struct pt p = { x, x * 2 };
    return p;
}

async struct box { struct pt at; } *boxed(void)
{
    static struct box b;
    b.at = await make(7);
    return &b;
}

async int amain(void)
{
    struct pt p = await make(3);
    enum color c = await pick(1);
    struct box *b = await boxed();
    printf("%d %d %d %d\n", p.x, p.y, (int)c, b->at.y);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
