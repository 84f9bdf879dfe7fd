/* A library source: async functions, and no ac_run or ac_spawn. */
#include <asyncc.h>

async int is_odd(int n);

async int is_even(int n)
{
    return n == 0 ? 1 : await is_odd(n - 1);
}

async int is_odd(int n)
{
    return n == 0 ? 0 : await is_even(n - 1);
}
