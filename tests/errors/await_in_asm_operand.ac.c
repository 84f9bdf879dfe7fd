/* An asm statement's operands are places the compiler picks for the
 * template; an await cannot be cut out of one. */
#include <asyncc.h>

static async int get(int x) { await ac_yield(); return x; }

async int amain(void)
{
    int x = 6, y;
    __asm__("" : "=r"(y) : "0"(x + await get(10))); // expect: 10:36: error: 'await' in an asm operand is not supported; await into a local before the asm statement and use the local
    return y;
}
