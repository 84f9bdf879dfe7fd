/* Awaits in arguments of system headers' macros (assert, ctype's isdigit): an argument's own &&, || and ?: decide which awaits run, an await deeper in an argument is still a suspension point, a local assigned in an argument is the frame's, a macro in the awaited call's arguments is kept; sizeof in glibc's GNU assert does not run the awaits twice. */
#include <asyncc.h>
#undef NDEBUG /* asserts on in every build type */
#include <assert.h>
#include <ctype.h>
#include <stdio.h>
#define K '5'
static int calls;
static async int get(int x) { calls++; printf("get %d\n", x); await ac_yield(); return x; }
static async void amain(void)
{
    assert(await get(1) || await get(2));
    assert(1 + await get(1) > 1 && await get(3));
    assert(await get(0) ? 0 : await get(4));
    int x = 0;
    assert((x = await get(9)) == 9);
    printf("%d\n", isdigit(await get(K)) != 0);
    printf("%d\n", isdigit(0 || await get('7')) != 0);
    printf("%d\n", isdigit((1 + await get(47))) != 0);
    printf("x %d calls %d\n", x, calls);
}
int main(void) { ac_run(amain()); return 0; }
