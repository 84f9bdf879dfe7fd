/* `async` on a pointer declarator marks the variable, not its type: the
 * note shows the typedef form. */
#include <asyncc.h>

static async int f(int x) { await ac_yield(); return x; }

async int amain(void)
{
    async int (*fp)(int) = f; // expect: 9:28: note: give the pointer an async function type
    return fp(1);
}

int main(void)
{
    return ac_run(amain());
}
