/* A return hidden in a macro cannot be rewritten. */
#include <asyncc.h>

#define CHECK(e) do { if (!(e)) return; } while (0)

async void amain(int x)
{
    await ac_yield();
    CHECK(x > 0); // expect: 9:5: error: 'return' inside a macro expansion in an async function cannot be rewritten; not supported yet
}
