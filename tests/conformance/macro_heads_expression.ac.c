/* An expression that a macro starts, with an await written after the macro's invocation: NEG(1) + await f(), true && await f(), a macro that holds the operator (ONE_PLUS await f()), a macro lvalue assigned an await, EOF == await f(), and short-circuits that skip the awaited call. */
#include <asyncc.h>
#include <stdbool.h>
#include <stdio.h>
#define NEG(x) -x
#define T4(x) ~~~~x
#define ONE_PLUS 1 +
#define SLOT s.slot
#define NEVER false
static int calls;
static async int get(int x) { calls++; await ac_yield(); return x; }
static async void amain(void)
{
    struct { int slot; } s = {0};
    int a = NEG(1) + await get(2);
    unsigned b = T4(0u) + (unsigned)await get(6);
    int c = true && await get(1);
    int d = ONE_PLUS await get(4);
    SLOT = await get(9);
    int e = EOF == await get(-1);
    int f = NEVER && await get(100);
    int g = true || await get(100);
    int h = NEVER ? await get(100) : NEG(await get(3));
    printf("%d %u %d %d %d %d %d %d %d\n", a, b, c, d, s.slot, e, f, g, h);
    printf("calls %d\n", calls);
}
int main(void) { ac_run(amain()); return 0; }
