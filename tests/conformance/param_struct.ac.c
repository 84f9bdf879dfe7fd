/* Struct parameters are passed by value and kept in the callee's frame across awaits. */
#include <asyncc.h>
#include <stdio.h>

struct rect {
    int w, h;
    char name[12];
};

static async int area(struct rect r)
{
    await ac_yield();
    r.w *= 2;
    await ac_yield();
    printf("%s %dx%d\n", r.name, r.w, r.h);
    return r.w * r.h;
}

static async void amain(void)
{
    struct rect r = {3, 4, "box"};
    int a = await area(r);
    printf("a=%d r.w=%d\n", a, r.w);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
