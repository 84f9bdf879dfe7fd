/* GNU asm statements in an async function: operands that are frame
 * locals (live across an await) are read and written in the frame. The
 * empty templates build on any target GCC and clang support. */
#include <asyncc.h>
#include <stdio.h>

static async int get(int x) { await ac_yield(); return x; }

static async void amain(void)
{
    int x = 6, y = 0;
    int k = await get(10);
    __asm__ volatile("" : "=r"(y) : "0"(x + k));
    await ac_yield();
    printf("%d %d\n", y, x);
    __asm__ volatile("" : "+r"(x));
    x = await get(x + 1);
    __asm__ __volatile__("" ::: "memory");
    printf("%d\n", x);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
