/* Prototypes in the main file, a function defined after its first use
 * (its frame is allocated, not embedded), and one defined elsewhere. */
#include <asyncc.h>

async int elsewhere(int x); /* defined in another file */
static async int later(int x);

async int first(int x)
{
    int y = await later(x);
    return await elsewhere(y);
}

static async int later(int x)
{
    await ac_yield();
    return x * 3;
}
