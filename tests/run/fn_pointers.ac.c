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
}

int main(void)
{
    ac_run(amain());
    return 0;
}
