/* setjmp cannot work across suspension points. */
#include <asyncc.h>
#include <setjmp.h>

static jmp_buf env;

async int amain(void)
{
    if (setjmp(env)) // expect: 9:9: error: setjmp in an async function: the function's frame outlives the C stack that setjmp saves; return error codes instead
        return 1;
    await ac_yield();
    return 0;
}
