/* Locals of unnamed structs, unions and enums that the async function
 * defines, kept across awaits: one type each, as declared (an enum's
 * constants are declared once), also through pointers and arrays, in
 * loops and in nested blocks. */
#include <asyncc.h>
#include <stdio.h>

static async int get(int v)
{
    await ac_yield();
    return v;
}

static async void amain(void)
{
    enum { IDLE, BUSY = 5, DONE } state = IDLE;
    struct {
        int x, y;
    } pos = {1, 2}, *pp = &pos, trail[3] = {{0, 0}, {1, 1}, {2, 2}};
    union {
        int i;
        unsigned char b[4];
    } word = {.i = 0};
    for (int step = 0; step < 3; step++) {
        enum { LEFT = 10, RIGHT } dir = step % 2 ? RIGHT : LEFT;
        state = await get(step) ? BUSY : IDLE;
        pp->x += dir == RIGHT;
        trail[step].y = await get(dir);
        printf("%d %d %d %d\n", step, dir, state, trail[step].y);
    }
    {
        struct {
            const char *name;
            int n;
        } tag = {"tag", await get(7)};
        word.b[0] = (unsigned char)await get(tag.n);
        state = DONE;
        printf("%s %d\n", tag.name, tag.n);
    }
    printf("%d %d %d %d %d\n", pos.x, pp->y, word.b[0], state,
           trail[2].y);
    for (struct { int i, n; } s = {0, 2}; s.i < s.n; s.i++)
        printf("for %d\n", await get(s.i));
    for (struct { int a; } s = {0}; s.a < await get(3); s.a += await get(2))
        printf("s %d\n", s.a);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
