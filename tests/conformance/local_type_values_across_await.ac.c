/* A value of a type the async function declares, kept by an expression
 * across an await (a ?: whose branch awaits, read after it): the frame
 * holds it as bytes, read through its type, as it holds such locals. */
#include <asyncc.h>
#include <stdio.h>

static async int get(int v)
{
    await ac_yield();
    return v;
}

static async int pick(int c)
{
    struct p {
        int a;
        char name[5];
        double d;
    } r0 = {7, "zero", 0.5};
    typedef struct {
        long v[3];
    } triple;
    struct p r = c ? (struct p){await get(1), "one", 1.5} : r0;
    struct p s = !c ? (struct p){await get(2), "two", 2.5} : r0;
    triple t = c > 1 ? (triple){{await get(3), 4, 5}} : (triple){{0}};
    printf("%d %s %.1f / %d %s %.1f / %ld %ld\n", r.a, r.name, r.d, s.a,
           s.name, s.d, t.v[0], t.v[2]);
    printf("%d\n", (c ? (struct p){await get(9), "n", 0} : r0).a +
                       await get(100));
    return r.a + s.a;
}

static async void amain(void)
{
    for (int c = 0; c < 3; c++)
        printf("%d\n", await pick(c));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
