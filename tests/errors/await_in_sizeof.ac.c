/* An await in an operand that C never evaluates would never run. */
#include <asyncc.h>

static async int get(void) { return 1; }

async void amain(void)
{
    int n = sizeof(await get()); // expect: 8:13: error: 'await' in an operand that is never evaluated (sizeof or _Alignof)
    (void)n;
}
