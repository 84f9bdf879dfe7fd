/* Awaits inside compound literals of struct type, used as values and arguments. */
#include <asyncc.h>
#include <stdio.h>

struct pt {
    int x, y;
};

static async int val(int x)
{
    await ac_yield();
    return x;
}

static int norm1(struct pt p)
{
    return (p.x < 0 ? -p.x : p.x) + (p.y < 0 ? -p.y : p.y);
}

static async void amain(void)
{
    struct pt p = (struct pt){await val(3), await val(4)};
    printf("p=(%d,%d)\n", p.x, p.y);
    printf("n=%d\n", norm1((struct pt){.y = await val(5), .x = 1}));
    p = (struct pt){p.y, await val(9)};
    printf("p=(%d,%d)\n", p.x, p.y);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
