/* assert's message is its argument as written: operands read before an
 * await that cannot change them are read after it, so the text spelled
 * for assert names the user's locals, not frame temporaries. */
#include <asyncc.h>
#include <assert.h>

struct pair {
    int a, b;
};

static async int get(int v)
{
    await ac_yield();
    return v;
}

async int checks(int x)
{
    struct pair s = {x, 2 * x};
    assert(x + 1 == await get(x + 1));
    assert(s.a * 2 == await get(s.b));
    return s.a + x;
}
