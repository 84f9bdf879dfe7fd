/* Structs with a const member, which C initialises and copies but never
 * assigns, as parameters, results, locals kept across awaits, operands
 * kept for a later await, values of ?:, task results and through async
 * function pointers. */
#include <asyncc.h>
#include <stdio.h>

struct cfg {
    const char *name;
    const int port;
};

struct server {
    struct cfg cfg; /* const at depth */
    int clients;
};

typedef async struct cfg cfg_fn(struct cfg);

static async struct cfg get(int port)
{
    await ac_yield();
    return (struct cfg){"get", port};
}

static async int port_of(struct cfg c)
{
    await ac_yield();
    return c.port;
}

static async struct cfg same(struct cfg c)
{
    await ac_yield();
    return c;
}

static struct cfg make(int port)
{
    return (struct cfg){"make", port};
}

static int both(struct cfg a, int b)
{
    return a.port + b;
}

static async void amain(void)
{
    struct cfg c = {"x", 80};
    struct cfg d = c;
    struct server s = {{"srv", 8080}, 0};
    await ac_yield();
    printf("%s %d %d %d\n", d.name, d.port, await port_of(c),
           (await get(81)).port);
    struct cfg e = await get(82);
    struct cfg f = s.clients ? make(1) : await get(83);
    int sum = both(make(84), await port_of(e));
    cfg_fn *fp = same;
    struct cfg g = await fp(f);
    ac_task *t = ac_spawn(same(d));
    struct cfg h = make(0);
    await ac_join(t, &h);
    s.clients++;
    await ac_yield();
    printf("%d %d %d %d %d %s %d\n", e.port, f.port, sum, g.port, h.port,
           s.cfg.name, s.clients);
}

int main(void)
{
    ac_run(amain());
    struct cfg r = ac_run(get(90));
    printf("%s %d\n", r.name, r.port);
    return 0;
}
