/* A call through a plain function pointer cannot be awaited, even when the
 * pointer holds an async function: the note says which pointer type to
 * use. */
#include <asyncc.h>

async int f(int x) { await ac_yield(); return x; }
async int g(int x) { await ac_yield(); return -x; }

async int amain(void)
{
    int c = 1;
    return await (c ? f : g)(10); // expect: 12:12: note: it calls an async function through a pointer of a type not declared async
}

int main(void)
{
    return ac_run(amain());
}
