/* An operand read before a later operand's await, whose value the await
 * cannot change (it reads only locals that no pointer reaches and the
 * statement does not write), is read after it; one the statement writes
 * first, or a callee can reach, is evaluated before it, as C orders.
 * A macro that prints its argument's text shows it as written. */
#include <asyncc.h>
#include <stdio.h>

#define SEQ(a, b) ((void)(a), (b))
#define KEEP(a, b) (t = (a), t + (b))
#define CHECK(c) \
    do { \
        if (!(c)) \
            printf("failed: %s\n", #c); \
    } while (0)

static int calls;

static async int get(int v)
{
    calls++;
    await ac_yield();
    return v;
}

static async int bump(int *p)
{
    await ac_yield();
    return ++*p;
}

static async void amain(void)
{
    int x = 1, y = 2, t = 0, r;
    struct {
        int a, b;
    } s = {3, 4};
    r = x + (y++, await get(y));
    printf("%d %d %d\n", r, x, y);
    r = KEEP(x, (x = 7, await get(1)));
    printf("%d %d %d\n", r, x, t);
    r = (x > 3 && (x = 0, 1)) ? await get(x) : await get(100);
    printf("%d %d\n", r, x);
    r = s.a + s.b + await get(s.b) + s.a;
    printf("%d\n", r);
    r = (s.a = 10, s.a) + await get(5);
    printf("%d\n", r);
    r = y - await bump(&y);
    printf("%d %d\n", r, y);
    for (int i = 0; i < 3; i++)
        r += i * x + await get(i) + (i > 1 ? x : y);
    printf("%d\n", r);
    r = SEQ(x == 0, x + await get(2));
    printf("%d %d\n", r, calls);
    long double ld = 1.5L;
    r = (int)(ld * 2) + await get(1) + (int)ld;
    printf("%d\n", r);
    CHECK(x + 1 == await get(1));
    CHECK(s.a * 2 == await get(20));
    CHECK(-s.b + x == await get(7));
    printf("%d %d %d\n", x, s.a, s.b);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
