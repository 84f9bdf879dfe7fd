/* Macros that make an awaited call with arguments of their own: a wrapper
 * named like the async function it wraps (get(x) -> get((x) + 1)), one
 * that adds default arguments, one whose argument is a constant macro. */
#include <asyncc.h>
#include <stdio.h>
static int calls;
static async int get(int x) { calls++; await ac_yield(); return x; }
static async int get3(int a, int b, int c) { calls++; await ac_yield(); return a * 100 + b * 10 + c; }
#define GET_DEFAULT(a) get3((a), 0, 0)
#define get(x) get((x) + 1)
#define K 7
#define CALL(f, x) f(x)
#define G(a) get3(a, 1 + 1, K)
static async int amain(void)
{
    ac_task *t = ac_spawn(GET_DEFAULT(5));
    ac_task *u = ac_spawn(get(20));
    int a = await get(K) + await CALL(get, K) + await G(3);
    int r1, r2; await ac_join(t, &r1); await ac_join(u, &r2);
    printf("%d %d %d\n", a, r1, r2);
    return a;
}
int main(void)
{
    printf("%d\n", ac_run(get(1)));
    int r = ac_run(amain());
    printf("%d %d\n", r, calls);
    return 0;
}
