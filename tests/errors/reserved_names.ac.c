/* Locals and parameters of async functions cannot take the names that
 * asyncc's generated code uses for its own. */
#include <asyncc.h>
#include <stdarg.h>

static async int v(int x) { await ac_yield(); return x; }

static async int sum(int n, va_list ap) // expect: 8:37: error: async function parameter 'ap' is a va_list
{
    int total = 0;
    while (n--)
        total += va_arg(ap, int) + await v(0);
    return total;
}

async int amain(int ac_tk) // expect: 16:21: error: 'ac_tk' is a name that asyncc's generated code uses
{
    int ac_t1 = await v(1); // expect: 18:9: error: 'ac_t1' is a name that asyncc's generated code uses
    int ac_count = await v(2);
    return ac_t1 + ac_count + ac_tk;
}

int main(void)
{
    return ac_run(amain(0));
}
