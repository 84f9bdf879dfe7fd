/* Awaits inside braced and designated initializers of struct declarators. */
#include <asyncc.h>
#include <stdio.h>

struct pt {
    int x, y;
};

static async int get(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    struct pt p = {await get(1), await get(2)}, q = {.y = await get(3), .x = await get(4)};
    struct pt r = {.x = await get(5)};
    printf("p=(%d,%d) q=(%d,%d) r=(%d,%d)\n", p.x, p.y, q.x, q.y, r.x, r.y);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
