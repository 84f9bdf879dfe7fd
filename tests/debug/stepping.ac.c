/* A program to debug: tests/debug/gdb_check.sh sets breakpoints on its
 * lines, runs it under gdb and reads its frames. The lines marked below
 * are looked up by their markers, so the file can change around them. */
#include <asyncc.h>
#include <stdio.h>

typedef async int step_fn(int);

static async int twice(int v)
{
    int r = v * 2;
    await ac_yield();
    r += 1; /* after-await */
    return r;
}

static async int amain(void)
{
    step_fn *step = twice;
    int total = 0;
    for (int i = 0; i < 3; i++) {
        int got = await step(i) + await twice(i);
        total += got; /* in-loop */
    }
    ac_task *t = ac_spawn(twice(10));
    int spawned = 0;
    await ac_join(t, &spawned);
    printf("total %d, spawned %d\n", total, spawned);
    return total + spawned;
}

int main(void)
{
    return ac_run(amain()) == 39 ? 0 : 1;
}
