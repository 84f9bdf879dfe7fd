/* Awaiting async functions defined in another file, through prototypes in
 * a header; spawning one of them too. */
#include "lib/counter.h"

#include <stdio.h>

static async void amain(void)
{
    int n = await count_to(5);
    printf("counted %d\n", n);
    struct tally t = {1, "hits"};
    t = await tally_up(t, 41);
    printf("%s %d\n", t.label, t.hits);
    ac_task *task = ac_spawn(count_to(3));
    int r = 0;
    await ac_join(task, &r);
    printf("task counted %d\n", r);
    await ping_pong(2);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
