/* const-qualified parameters, const struct parameters and const-qualified pointer returns. */
#include <asyncc.h>
#include <stdio.h>

struct cfg {
    int level;
    const char *name;
};

static const struct cfg defaults = {3, "default"};

static async int scaled(const int x, const struct cfg c)
{
    await ac_yield();
    return x * c.level;
}

static async const struct cfg *get_defaults(void)
{
    await ac_yield();
    return &defaults;
}

static async const char *const *names(void)
{
    static const char *const n[] = {"a", "b", NULL};
    await ac_yield();
    return n;
}

static async void amain(void)
{
    const int k = await scaled(7, defaults);
    const struct cfg *c = await get_defaults();
    printf("%d %s %d\n", k, c->name, c->level);
    for (const char *const *p = await names(); *p; p++)
        printf("%s\n", *p);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
