/* The user's own C errors are reported as the compiler would. */
#include <asyncc.h>

async void amain(void)
{
    int x = undeclared_name; // expect: 6:13: error: use of undeclared identifier 'undeclared_name'
    await ac_yield();
}
