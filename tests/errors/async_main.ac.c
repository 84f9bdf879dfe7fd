/* main is started by the C runtime as a plain function: it cannot be
 * async. */
#include <asyncc.h>

static async int v(int x) { await ac_yield(); return x; }

async int main(void) // expect: 7:1: error: 'main' cannot be async
{
    return await v(0);
}
