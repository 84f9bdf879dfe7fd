/* A call of an async function must be awaited or given to the runtime. */
#include <asyncc.h>

static async int work(int x) { return x; }

async void amain(void)
{
    work(1); // expect: 8:5: error: call of async function 'work' is neither awaited nor passed to ac_run, ac_spawn or ac_gather
}
