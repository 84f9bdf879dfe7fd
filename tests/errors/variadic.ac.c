/* Variadic async functions are not supported. */
#include <asyncc.h>

async int sum(int n, ...) // expect: 4:1: error: async function 'sum' is variadic; variadic async functions are not supported
{
    return n;
}
