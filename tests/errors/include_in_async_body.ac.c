/* An #include in an async function's body is an error: the code it brings
 * is in another file, which asyncc does not rewrite. */
#include <asyncc.h>

async int amain(void)
{
    await ac_yield();
#include "include_in_async_body.inc" // expect: 8:1: error: #include in the body of async function 'amain'
    return counter;
}

int main(void)
{
    return ac_run(amain());
}
