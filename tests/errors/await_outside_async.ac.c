/* 'await' in an ordinary function is an error. */
#include <asyncc.h>

int plain(void)
{
    await ac_yield(); // expect: 6:5: error: 'await' outside an async function
    return 0;
}
