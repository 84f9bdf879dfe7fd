/* Volatile locals kept across awaits stay volatile in the frame: the
 * object (`int *volatile p`), not what it points to, as declared. */
#include <asyncc.h>
#include <stdio.h>

struct regs {
    int status, data;
};

static async int get(int v)
{
    await ac_yield();
    return v;
}

static async void amain(void)
{
    volatile int n = 0;
    int *volatile p = 0;
    volatile int *q = 0;
    int (*volatile fp)(const char *) = puts;
    volatile struct regs r = {1, 2};
    int x = 5;
    p = &x;
    q = &n;
    n += await get(3);
    for (volatile int i = 0; i < n; i++)
        n -= 0 * await get(i);
    r.data += await get(40);
    fp("hi");
    printf("%d %d %d %d %d\n", n, *p, *q, r.status, r.data);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
