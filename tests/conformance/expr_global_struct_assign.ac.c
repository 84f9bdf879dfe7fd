/* Assigning awaited structs to globals, to array elements and to members of members. */
#include <asyncc.h>
#include <stdio.h>

struct pt {
    int x, y;
};
struct line {
    struct pt a, b;
};

static struct pt origin;
static struct line lines[2];

static async struct pt mk(int x, int y)
{
    await ac_yield();
    struct pt p = {x, y};
    return p;
}

static async void amain(void)
{
    origin = await mk(1, 2);
    lines[1].b = await mk(3, 4);
    lines[0].a = lines[1].b;
    lines[0].b = await mk(origin.x + 10, origin.y + 10);
    printf("origin %d,%d\n", origin.x, origin.y);
    printf("line0 %d,%d-%d,%d\n", lines[0].a.x, lines[0].a.y, lines[0].b.x, lines[0].b.y);
    printf("line1 %d,%d-%d,%d\n", lines[1].a.x, lines[1].a.y, lines[1].b.x, lines[1].b.y);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
