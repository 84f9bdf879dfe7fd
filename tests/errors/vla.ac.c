/* A variable-length array cannot live in a fixed-size frame. */
#include <asyncc.h>

async void amain(int n)
{
    int buf[n]; // expect: 6:9: error: variable-length array 'buf' in an async function; its frame needs a size known at compile time
    buf[0] = 1;
    await ac_yield();
}
