/* GNU statement expressions are not cut at awaits: an await inside one is
 * an error, not code that calls the async function as a plain one. */
#include <asyncc.h>
static async int get(int x) { return x; }
async int amain(void)
{
    int x = await get(1) + ({ int y = await get(2); y * 10; }); // expect: 7:39: error: 'await' inside a statement expression '({ ... })' is not supported; await in a statement before it
    return x;
}
