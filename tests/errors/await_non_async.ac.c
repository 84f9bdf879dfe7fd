/* 'await' needs a call of an async function. */
#include <asyncc.h>

static int plain(void) { return 1; }

async void amain(void)
{
    await plain(); // expect: 8:5: error: 'await' needs a call of an async function
}
