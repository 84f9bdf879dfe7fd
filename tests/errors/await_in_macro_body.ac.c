/* An await written inside a macro's body is rejected with a clear reason. */
#include <asyncc.h>
#define NAP(ms) await ac_sleep(ms)
async void amain(void)
{
    NAP(5); // expect: 6:5: error: 'await' written in the body of a macro is not supported yet; write 'await' where the macro is used
}
