/* _Generic evaluates only the association it selects, and a declaration's
 * __typeof__ nothing: an await in either is an error, never wrong code. */
#include <asyncc.h>
static async int get(int x) { return x; }
async int amain(void)
{
    int a = _Generic(await get(1), int: 1, default: 2); // expect: 7:22: error: 'await' inside _Generic, which evaluates only the association it selects; await into a local first
    __typeof__(await get(2)) b = 3; // expect: 8:16: error: 'await' in a declaration's type (__typeof__), which is never evaluated
    return a + b;
}
