/* Async function pointers are checked: only async functions go in, and an
 * async function is a value only where such a pointer is expected. */
#include <asyncc.h>

typedef async int handler_fn(int);
typedef int plain_fn(int);

static int plain(int x) { return x; }
static async int worker(int x) { return x; }

async void amain(void)
{
    handler_fn *h = plain; // expect: 13:21: error: 'plain' is not an async function; an async function pointer type needs one
    plain_fn *p = worker; // expect: 14:19: error: async function 'worker' used as a value where no async function pointer type is expected
    (void)h;
    (void)p;
    await ac_yield();
}

/* The same checks at file scope, where handler tables live. */
static handler_fn *table[] = {worker, plain}; // expect: 21:39: error: 'plain' is not an async function; an async function pointer type needs one
static plain_fn *plain_table[] = {worker}; // expect: 22:35: error: async function 'worker' used as a value where no async function pointer type is expected

int main(void)
{
    handler_fn *h = plain; // expect: 26:21: error: 'plain' is not an async function; an async function pointer type needs one
    return table[0] == h && plain_table[0] == 0;
}
