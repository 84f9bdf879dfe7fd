/* An await inside a larger expression is not supported yet. */
#include <asyncc.h>
#include <stdio.h>

static async int get(int x) { return x; }

async void amain(void)
{
    printf("%d\n", await get(1)); // expect: 9:20: error: 'await' in this position is not supported yet
    int y = 1 + await get(2); // expect: 10:17: error: 'await' in this position is not supported yet
    (void)y;
}
