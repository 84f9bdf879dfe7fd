/* An await in a macro argument that the macro may skip or repeat. */
#include <asyncc.h>

#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define OR_ZERO(c, x) ((c) && (x))

static async int get(int x) { return x; }

async int amain(int c)
{
    int m = MAX(1, await get(2)); // expect: 11:20: error: this await is in a macro argument that the macro may not evaluate; await it before the macro
    int z = OR_ZERO(c, await get(3)); // expect: 12:24: error: this await is in a macro argument that the macro may not evaluate; await it before the macro
    return m + z;
}
