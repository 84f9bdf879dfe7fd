/* Spawning, joining and gathering async functions defined in another file. */
#include "lib/ticker.h"

#include <stdio.h>

static async void amain(void)
{
    ac_task *a = ac_spawn(ticker("a", 2));
    ac_task *b = ac_spawn(ticker("b", 3));
    int ra = 0, rb = 0;
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    printf("joined %d %d\n", ra, rb);
    int x = 0, y = 0;
    await ac_gather(ticker_into("x", 1, &x), ticker_into("y", 2, &y));
    printf("gathered %d %d\n", x, y);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
