/* An error in what a macro hides, found once the macro is expanded, is
 * reported at the macro's invocation as written. */
#include <asyncc.h>
static async int get(int x) { return x; }
#define SELECT_WAIT _Generic(1, int: await get(1), default: 0)
#define GO(x) do { ac_spawn(get(x)); get(x); } while (0)
async int amain(void)
{
    int n = (int)    SELECT_WAIT; // expect: 9:22: error: 'await' in an association of _Generic, which evaluates only the one it selects; await into a local first
    GO(2); // expect: 10:5: error: call of async function 'get' is neither awaited nor passed to ac_run, ac_spawn or ac_gather
    return n;
}
