/* Awaited struct values passed as call arguments, by value. */
#include <asyncc.h>
#include <stdio.h>

struct v2 {
    int x, y;
};

static async struct v2 mk(int x, int y)
{
    printf("mk %d %d\n", x, y);
    await ac_yield();
    struct v2 v = {x, y};
    return v;
}

static struct v2 add(struct v2 a, struct v2 b)
{
    struct v2 r = {a.x + b.x, a.y + b.y};
    return r;
}

static async void amain(void)
{
    struct v2 s = add(await mk(1, 2), await mk(30, 40));
    printf("s=(%d,%d)\n", s.x, s.y);
    s = add(s, add(await mk(100, 200), s));
    printf("s=(%d,%d)\n", s.x, s.y);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
