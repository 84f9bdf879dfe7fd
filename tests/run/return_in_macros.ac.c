/* A `return` inside a macro in an async function (CHECK-style error
 * macros) completes the frame with its value, as in a plain function. */
#include <asyncc.h>
#include <stdio.h>
#define CHECK(e) do { if (!(e)) return -1; } while (0)
#define RET_IF(c, v) if (c) return v
#define VCHECK(e) do { if (!(e)) return; } while (0)
static async int f(int x) { await ac_yield(); return x; }
static async int checked(int x)
{
    int v = await f(x);
    CHECK(v > 0);
    RET_IF(v == 5, 50);
    return v * 2;
}
static async void vcheck(int x)
{
    await ac_yield();
    VCHECK(x > 0);
    printf("vcheck %d passed\n", x);
}
static async void amain(void)
{
    printf("%d %d %d\n", await checked(-3), await checked(5), await checked(7));
    await vcheck(1);
    await vcheck(0);
}
int main(void) { ac_run(amain()); return 0; }
