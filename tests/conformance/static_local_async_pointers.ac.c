/* Static locals holding async functions (a pointer, a table, a struct)
 * are initialised with them, as at file scope. */
#include <asyncc.h>
#include <stdio.h>

typedef async int handler_fn(int);

static async int twice(int x)
{
    await ac_yield();
    return x * 2;
}

static async int inc(int x)
{
    await ac_yield();
    return x + 1;
}

async int amain(void)
{
    static handler_fn *h = twice;
    static handler_fn *const table[] = { twice, inc };
    static struct { const char *name; handler_fn *fn; } route = { "inc", inc };
    static int size = (int)sizeof(await twice(1));
    printf("%d %d %d %s %d %d\n", await h(2), await table[0](3),
           await table[1](3), route.name, await route.fn(9), size);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
