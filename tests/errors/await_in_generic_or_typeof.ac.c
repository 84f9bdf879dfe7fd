/* _Generic evaluates only the association it selects, and a declaration's
 * __typeof__ nothing: an await in an association or in such a type is an
 * error, never wrong code (one in _Generic's controlling expression, never
 * evaluated, is not: conformance/unevaluated_awaits). */
#include <asyncc.h>
static async int get(int x) { return x; }
async int amain(void)
{
    int a = _Generic(1, int: await get(1), default: 2); // expect: 9:30: error: 'await' in an association of _Generic, which evaluates only the one it selects; await into a local first
    __typeof__(await get(2)) b = 3; // expect: 10:16: error: 'await' in a declaration's type (__typeof__), which is never evaluated
    return a + b;
}
