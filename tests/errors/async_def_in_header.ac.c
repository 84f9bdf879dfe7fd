/* An async function defined in a header is an error where it is defined:
 * asyncc transforms only the file it is given. */
#include <asyncc.h>
#include "async_def_in_header.h" // expect: in ./async_def_in_header.h:3:18: error: async function 'twice' is defined in a header

async int amain(void)
{
    return await twice(2);
}

int main(void)
{
    return ac_run(amain());
}
