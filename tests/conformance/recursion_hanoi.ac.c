/* Towers of Hanoi by recursive awaits, printing moves. */
#include <asyncc.h>
#include <stdio.h>

static int moves;

static async void hanoi(int n, char from, char to, char via)
{
    if (n == 0)
        return;
    await hanoi(n - 1, from, via, to);
    await ac_yield();
    moves++;
    printf("disk %d %c->%c\n", n, from, to);
    await hanoi(n - 1, via, to, from);
}

static async void amain(void)
{
    await hanoi(3, 'A', 'C', 'B');
    printf("moves=%d\n", moves);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
