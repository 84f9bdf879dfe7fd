/* is_odd for crossfile_mutual_recursion: calls back into is_even in the other file. */
#include "parity.h"

int parity_calls;

async int is_odd(unsigned n)
{
    parity_calls++;
    if (n == 0)
        return 0;
    if (n % 16 == 0)
        await ac_yield();
    return await is_even(n - 1);
}
