/* Async function pointers: a typedef'd async function type gives a type
 * whose values can be stored, passed and awaited through. */
#include <asyncc.h>
#include <stdio.h>

typedef async int handler_fn(int request);

static async int double_it(int x)
{
    await ac_yield();
    return 2 * x;
}

static async int negate(int x)
{
    return -x;
}

struct route {
    const char *name;
    handler_fn *handler;
};

/* A table at file scope, as a server keeps its routes. */
static const struct route table[] = {{"t-double", double_it},
                                     {"t-negate", negate}};
static handler_fn *fallback = negate;

static async int serve(handler_fn *h, int request)
{
    int r = await h(request);
    return r + 1000;
}

static async void amain(void)
{
    struct route routes[2] = {{"double", double_it}, {"negate", negate}};
    handler_fn *h = double_it;
    printf("direct %d\n", await h(21));
    h = negate;
    printf("reassigned %d\n", await h(5));
    for (int i = 0; i < 2; i++)
        printf("%s %d\n", routes[i].name, await routes[i].handler(7));
    printf("passed %d\n", await serve(double_it, 4));
    handler_fn *handlers[2] = {double_it, negate};
    ac_task *t = ac_spawn(handlers[0](50));
    int spawned = 0;
    await ac_join(t, &spawned);
    printf("spawned %d\n", spawned);
    await ac_gather(handlers[1](1), handlers[0](2));
    printf("gathered\n");
    for (int i = 0; i < 2; i++)
        printf("%s %d\n", table[i].name, await table[i].handler(9));
    printf("fallback %d\n", await fallback(3));
}

typedef async void entry_fn(void);

int main(void)
{
    entry_fn *entry = amain;
    ac_run(entry());
    handler_fn *h = double_it;
    printf("run %d\n", ac_run(h(ac_run(negate(-3)))));
    struct route r = {"negate", negate};
    printf("run %s %d\n", r.name, ac_run(r.handler(8)));
    return 0;
}
