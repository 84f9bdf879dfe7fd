/* Macros that declare locals (DECL, DECL_AWAITED, DECL_PAIR, DECL_POINT) whose variables keep their values across awaits, with awaiting initializers and pointers to them, in two tasks. */
#include <asyncc.h>
#include <stdio.h>

#define DECL(n, v) int n = v
#define DECL_AWAITED(n, k) int n = await get(k)
#define DECL_PAIR(a, b, k) int a = await get(k), b = a * 2
#define DECL_POINT(n, k, y) struct point n = {await get(k), (y)}

struct point {
    int x, y;
};

static async int get(int k)
{
    await ac_yield();
    return k;
}

static async int worker(const char *tag, int base)
{
    DECL(x, await get(base));
    DECL(y, base + 1);
    int *px = &x;
    await ac_sleep(1);
    DECL_PAIR(a, b, x + y);
    await ac_yield();
    DECL_POINT(pt, a, b);
    struct point *ppt = &pt;
    DECL_AWAITED(z, 7);
    await ac_sleep(2);
    *px += 100;
    ppt->y += z;
    printf("%s x=%d y=%d a=%d b=%d pt=(%d,%d) z=%d\n", tag, x, y, a, b, pt.x, pt.y, z);
    return x + y + a + b + pt.x + pt.y + z;
}

static async void amain(void)
{
    ac_task *t1 = ac_spawn(worker("one", 1));
    ac_task *t2 = ac_spawn(worker("two", 20));
    DECL(r1, 0);
    DECL(r2, 0);
    await ac_join(t1, &r1);
    await ac_join(t2, &r2);
    printf("r1=%d r2=%d\n", r1, r2);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
