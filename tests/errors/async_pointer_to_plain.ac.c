/* An async function pointer cannot become a plain function pointer: a
 * call through that would run the async function's glue as a plain
 * function. */
#include <asyncc.h>

typedef async int handler_fn(int);
typedef int plain_fn(int);

static async int worker(int x) { await ac_yield(); return x; }
static int call_plain(plain_fn *f) { return f(1); }

async int amain(void)
{
    handler_fn *h = worker;
    plain_fn *a = (plain_fn *)h; // expect: 15:31: error: async function pointer converted to a function pointer type not declared async
    plain_fn *b = h; // expect: 16:19: error: async function pointer converted
    a = h; // expect: 17:9: error: async function pointer converted
    void *ok = (void *)h;
    (void)ok;
    return call_plain(h) + b(2); // expect: 20:23: error: async function pointer converted
}

int main(void)
{
    return ac_run(amain());
}
