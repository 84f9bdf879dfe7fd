/* Awaits in conditions come later: a clear error, never wrong code. */
#include <asyncc.h>

static async int ready(void) { return 1; }

async void amain(void)
{
    if (await ready()) // expect: 8:9: error: 'await' in this position is not supported yet
        return;
    while (await ready() > 1) // expect: 10:12: error: 'await' in this position is not supported yet
        ;
}
