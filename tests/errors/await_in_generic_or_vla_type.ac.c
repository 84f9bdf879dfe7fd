/* _Generic evaluates only the association it selects, and C evaluates a
 * variable length array type's size where the type is declared: an await
 * in either is an error, never wrong code (one in _Generic's controlling
 * expression, in __typeof__ or in a constant sizeof, never evaluated, is
 * not: conformance/unevaluated_awaits, unevaluated_declarations). */
#include <asyncc.h>
static async int get(int x) { return x; }
async int amain(void)
{
    int a = _Generic(1, int: await get(1), default: 2); // expect: 10:30: error: 'await' in an association of _Generic, which evaluates only the one it selects; await into a local first
    typedef char name[await get(2)]; // expect: 11:23: error: 'await' in the size of a variable length array type; await into a local first
    int (*p)[await get(3)] = 0; // expect: 12:14: error: 'await' in the size of a variable length array type; await into a local first
    return a + (int)sizeof(name) + (p != 0);
}
