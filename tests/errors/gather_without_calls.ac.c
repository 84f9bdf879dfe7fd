/* ac_gather() needs calls: the error is on the user's line, as clang
 * reports it, with a note at the macro. */
#include <asyncc.h>

async int amain(void)
{
    await ac_gather(); // expect: 7:11: error: expected expression
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
