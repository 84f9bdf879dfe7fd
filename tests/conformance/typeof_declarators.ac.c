/* Frame locals whose declarators wrap a __typeof__ of a function or an
 * array: the frame spells the type out, parenthesised where C needs it
 * (`int (*fp)(int)`, not `int *fp(int)`). */
#include <asyncc.h>
#include <stdio.h>

static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }

static async void amain(void)
{
    __typeof__(twice) *fp = twice;
    int arr[3] = { 1, 2, 3 };
    __typeof__(arr) *pa = &arr;
    __typeof__(twice) *table[2] = { twice, thrice };
    __typeof__(arr) grid[2] = { { 4, 5, 6 }, { 7, 8, 9 } };
    __typeof__(__typeof__(arr) *) pp = &grid[1];
    await ac_yield();
    printf("%d %d %zu\n", fp(4), (*pa)[2], sizeof *pa);
    printf("%d %d %d %zu\n", table[1](5), grid[1][0], (*pp)[2], sizeof grid);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
