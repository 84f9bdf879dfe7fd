/* An async function goes wherever an async function pointer type is
 * expected: returned from a plain function, as a branch of ?:, after a
 * comma, in designated initializers (members, array elements, nested),
 * through a cast to its type, and compared with a pointer. A call
 * through the pointer a call returns, or an await gives, is awaited. */
#include <asyncc.h>
#include <stdio.h>

typedef async int handler_fn(int);

struct route {
    const char *name;
    handler_fn *fn;
};

struct table {
    struct route home;
    handler_fn *extra[2];
};

static async int inc(int x)
{
    await ac_yield();
    return x + 1;
}

static async int dbl(int x)
{
    await ac_yield();
    return x * 2;
}

static handler_fn *choose(int c)
{
    if (c)
        return inc;
    return dbl;
}

static async handler_fn *pick(int c)
{
    await ac_yield();
    return choose(c);
}

static const struct route routes[] = {[1] = {.fn = dbl, .name = "dbl"},
                                      [0] = {"inc", inc}};

static async void amain(void)
{
    int c = 0;
    handler_fn *p = choose(1), *q = c ? inc : dbl;
    handler_fn *r = (c++, inc);
    struct route one = {.fn = dbl, .name = "one"};
    handler_fn *arr[2] = {[1] = inc, [0] = dbl};
    struct table t = {.home.fn = inc, .extra[1] = dbl, .home.name = "t"};
    struct route rs[2] = {[1].fn = inc};
    handler_fn *cast = (handler_fn *)dbl;
    printf("%d %d %d %d\n", await p(1), await q(1), await r(1),
           await one.fn(5));
    printf("%d %d %d %d\n", await arr[0](3), await arr[1](3),
           await t.home.fn(7), await t.extra[1](7));
    printf("%d %d %d\n", await rs[1].fn(0), rs[0].fn == NULL,
           await cast(4));
    printf("%d %d %d %s %s\n", p == inc, q != dbl, inc == cast,
           routes[0].name, routes[1].name);
    printf("%d %d\n", await routes[0].fn(1), await routes[1].fn(1));
    printf("%d %d\n", await choose(0)(10), await (await pick(1))(10));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
