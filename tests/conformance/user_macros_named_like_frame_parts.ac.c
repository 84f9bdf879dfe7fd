/* Macros of the user's named like parts of a frame (state, resume,
 * parent, alloc, top) do not reach the generated code. */
#include <asyncc.h>
#include <stdio.h>

#define state "waiting"
#define resume(x) ((x) + 1)
#define parent ROOT
#define alloc(n) ((n) * 2)
#define top 3

async int child(int x)
{
    await ac_sleep(0);
    return resume(x);
}

async int amain(void)
{
    int ROOT = 10;
    int a = await child(parent);
    ac_task *t = ac_spawn(child(alloc(top)));
    int b = 0;
    await ac_join(t, &b);
    await ac_gather(child(1), child(2));
    printf("%s %d %d\n", state, a, b);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
