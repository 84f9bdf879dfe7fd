/* Array parameters decay to pointers that keep their elements'
 * qualifiers (`const int a[]` is `const int *a`), also through a typedef
 * and in more dimensions; volatile arrays kept across awaits keep their
 * qualifier too. */
#include <asyncc.h>
#include <stdio.h>

typedef int vec[3];

static async int sum(const int a[], int n)
{
    int s = 0;
    for (int i = 0; i < n; i++) {
        await ac_yield();
        s += a[i];
    }
    return s;
}

static async int diag(const int m[2][3], const vec v)
{
    await ac_yield();
    return m[0][0] + m[1][1] + v[2];
}

static async int count_args(const char *const argv[],
                            const unsigned char d[static 4])
{
    int n = 0;
    while (argv[n]) {
        await ac_yield();
        n++;
    }
    return n + d[3];
}

static async int poll(volatile int w[2])
{
    await ac_yield();
    return w[0] + w[1];
}

static async void amain(void)
{
    int a[3] = {1, 2, 3}, m[2][3] = {{1, 0, 0}, {0, 4, 0}};
    vec v = {7, 8, 9};
    const char *args[] = {"x", "y", NULL};
    unsigned char d[4] = {0, 0, 0, 5};
    volatile int regs[2] = {10, 20};
    volatile int kept[3] = {1, 2, 3};
    int s = await sum(a, 3);
    const int *cv = v;
    int t = await diag(m, cv);
    int u = await count_args(args, d);
    int w = await poll(regs);
    printf("%d %d %d %d %d\n", s, t, u, w, kept[0] + kept[1] + kept[2]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
