/* Where an async function pointer type is expected through a return, a
 * ?:, a designated initializer, a cast or a comparison, only an async
 * function goes in; where a plain pointer type is, none does. */
#include <asyncc.h>

typedef async int handler_fn(int);

struct route {
    const char *name;
    handler_fn *fn;
};

static async int worker(int x) { return x; }
static int plain(int x) { return x; }

static int (*pick(void))(int)
{
    return worker; // expect: 18:12: error: async function 'worker' used as a value where no async function pointer type is expected
}

async int amain(int c)
{
    handler_fn *q = c ? worker : plain; // expect: 23:34: error: 'plain' is not an async function; an async function pointer type needs one
    int (*fp)(int) = c ? worker : plain; // expect: 24:26: error: async function 'worker' used as a value where no async function pointer type is expected
    void *v = (void *)worker; // expect: 25:23: error: async function 'worker' used as a value where no async function pointer type is expected
    struct route r = {.fn = plain}; // expect: 26:29: error: 'plain' is not an async function; an async function pointer type needs one
    int same = (void *)0 == worker; // expect: 27:29: error: async function 'worker' used as a value where no async function pointer type is expected
    (void)q, (void)fp, (void)v, (void)r, (void)pick;
    return same;
}
