/* A gathered call that itself gathers: inner calls queue behind the outer ones already ready. */
#include <asyncc.h>
#include <stdio.h>

static async void leaf(const char *name, int *out)
{
    printf("%s\n", name);
    await ac_yield();
    *out += 1;
}

static async void group(const char *name, int *out)
{
    printf("%s starts\n", name);
    int a = 0, b = 0;
    char n1[16], n2[16];
    snprintf(n1, sizeof n1, "%s.1", name);
    snprintf(n2, sizeof n2, "%s.2", name);
    await ac_gather(leaf(n1, &a), leaf(n2, &b));
    *out = a + b;
}

static async void amain(void)
{
    int x = 0, y = 0;
    await ac_gather(group("g", &x), group("h", &y));
    printf("x=%d y=%d\n", x, y);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
