/* GNU `a ?: b` (gcc and clang accept it in C11): a is evaluated once,
 * and b, with its awaits, only if a is zero. */
#include <asyncc.h>
#include <stdio.h>

#define OR_ELSE(a, b) ((a) ?: (b))

static int calls;

static async int get(int v)
{
    calls++;
    await ac_yield();
    return v;
}

static async const char *lookup(const char *key)
{
    calls++;
    await ac_yield();
    return key[0] == 'h' ? "home" : NULL;
}

static async int count(int n)
{
    return n ?: await get(-1);
}

static async void amain(void)
{
    int x = await get(5) ?: await get(99);
    printf("%d %d\n", x, calls);
    x = await get(0) ?: await get(7);
    printf("%d %d\n", x, calls);
    const char *name = await lookup("host") ?: "none";
    const char *other = await lookup("x") ?: await lookup("home");
    printf("%s %s %d\n", name, other, calls);
    int n = 0;
    x = n++ ?: await get(n + 10);
    printf("%d %d %d\n", x, n, calls);
    if (await count(0) ?: await count(3)) {
        int c = await count(0);
        printf("count %d %d\n", c, calls);
    }
    x = OR_ELSE(x - 11, await get(42));
    printf("%d %d\n", x, calls);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
