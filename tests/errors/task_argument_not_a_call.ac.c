/* ac_spawn() and ac_run() take the call itself, as await does: an
 * expression around it would be dropped. */
#include <asyncc.h>
#include <stdio.h>

static async int f(int x) { await ac_yield(); return x; }

async int amain(int c)
{
    ac_task *t = ac_spawn(c ? f(3) : f(4)); // expect: 10:18: note: give ac_spawn() the call itself
    ac_task *u = ac_spawn((printf("log\n"), f(7))); // expect: 11:18: error: ac_spawn() needs a call of an async function
    ac_task *w = ac_spawn(f(1) + 100); // expect: 12:18: error: ac_spawn() needs a call of an async function
    await ac_join(t, NULL);
    await ac_join(u, NULL);
    await ac_join(w, NULL);
    return 0;
}

int main(void)
{
    return ac_run(1 ? amain(1) : 0); // expect: 21:12: error: ac_run() needs a call of an async function
}
