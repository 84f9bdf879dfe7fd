/* return await f() passing an awaited struct straight up through several frames. */
#include <asyncc.h>
#include <stdio.h>

struct box {
    int v[4];
    const char *name;
};

static async struct box leaf(int k)
{
    await ac_yield();
    struct box b = {{k, k + 1, k + 2, k + 3}, "leaf"};
    return b;
}

static async struct box mid(int k)
{
    return await leaf(k * 10);
}

static async struct box top(int k)
{
    struct box b = await mid(k);
    b.name = "top";
    return b;
}

static async void amain(void)
{
    struct box b = await top(2);
    printf("%s %d %d %d %d\n", b.name, b.v[0], b.v[1], b.v[2], b.v[3]);
    b = await mid(5);
    printf("%s %d\n", b.name, b.v[3]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
