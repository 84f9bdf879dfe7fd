/* An error in what a macro hides, found once the macro is expanded, is
 * reported at the macro's invocation as written. */
#include <asyncc.h>
static async int get(int x) { return x; }
#define SIZE_OF_WAIT sizeof(await get(1))
#define GO(x) do { ac_spawn(get(x)); get(x); } while (0)
async int amain(void)
{
    int n = (int)    SIZE_OF_WAIT; // expect: 9:22: error: 'await' in an operand that is never evaluated (sizeof or _Alignof)
    GO(2); // expect: 10:5: error: call of async function 'get' is neither awaited nor passed to ac_run, ac_spawn or ac_gather
    return n;
}
