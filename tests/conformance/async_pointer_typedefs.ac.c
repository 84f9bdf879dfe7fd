/* Async function pointer types written as typedefs of pointers: `typedef
 * async int (*handler_t)(int)` and a typedef of `handler_fn *`, stored,
 * passed, awaited and spawned. */
#include <asyncc.h>
#include <stdio.h>

typedef async int handler_fn(int);
typedef async int (*handler_t)(int);
typedef handler_fn *hptr;

static async int twice(int x)
{
    await ac_yield();
    return x * 2;
}

static async int call(handler_t h, int x)
{
    return await h(x) + 1;
}

async int amain(void)
{
    handler_t h = twice;
    hptr g = &twice;
    handler_t table[2] = { twice, twice };
    ac_task *t = ac_spawn(g(5));
    int r = 0;
    await ac_join(t, &r);
    printf("%d %d %d %d\n", await h(21), await call(g, 3), await table[1](4),
           r);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
