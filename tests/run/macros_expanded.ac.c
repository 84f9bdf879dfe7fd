/* Macros that hide awaits are expanded, so C's rules hold: an await in a
 * macro's body, in an argument the macro skips, repeats or puts in a
 * statement (do/while, if, a for the macro opens), with # and ##. */
#include <asyncc.h>
#include <stdio.h>

#define NAP(ms) await ac_sleep(ms)
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define OR_ZERO(c, x) ((c) && (x))
#define CHECK(e) do { if (!(e)) { printf("check failed: %s\n", #e); return -1; } } while (0)
#define FOREACH(i, n) for (int i = 0; i < (n); i++)
#define LOGF(fmt, ...) printf("[log] " fmt "\n", ##__VA_ARGS__)
#define GET(x) await get(x)
#define GET2(x, y) (GET(x) + GET(y))

static int calls;
static async int get(int x) { calls++; await ac_yield(); return x; }

static async int body(int c)
{
    NAP(1);
    int m = MAX(1, await get(2));
    printf("max %d calls %d\n", m, calls);
    int z = OR_ZERO(c, await get(3));
    printf("or %d calls %d\n", z, calls);
    CHECK(await get(c) > 0);
    FOREACH(k, 3) {
        int v = await get(k * 10);
        LOGF("k=%d v=%d", k, v);
    }
    LOGF("no args");
    printf("sum %d\n", GET2(4, 5));
    return 7;
}

static async void amain(void)
{
    printf("body(1) = %d\n", await body(1));
    printf("body(0) = %d\n", await body(0));
}

int main(void) { ac_run(amain()); return 0; }
