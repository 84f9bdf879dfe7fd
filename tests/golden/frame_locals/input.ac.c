/* Which locals live in the frame: those whose block suspends. Shadowed
 * names get distinct members; static locals and scratch blocks stay C. */
#include <asyncc.h>
#include <stdio.h>

struct pair {
    int a, b;
};

static async int source(int x)
{
    await ac_yield();
    return x + 1;
}

async int frame_locals(int n, const char *tag)
{
    static int calls;
    int total = 0;
    char name[8] = "abc";
    struct pair p = {1, 2};
    {
        int scratch = n * 2; /* no await in this block: a C local */
        total += scratch;
    }
    for (int i = 0; i < n; i++) {
        int total = await source(i); /* shadows the outer total */
        p.a += total;
    }
    total = await source(total);
    calls++;
    printf("%s %s %d %d\n", tag, name, p.a, calls);
    return total;
}
