/* #if, #else and #endif inside the initializer of a local that lives in the frame, one closing after the last initializer: the directives stay with the text. */
#include <asyncc.h>
#include <stdio.h>
#define FEATURE 1
static async int get(int x) { await ac_yield(); return x; }
static async void amain(void)
{
    int a = 1
#if FEATURE
        + 2
#else
        + 40
#endif
        ;
    int b = await get(10)
#ifdef NO_SUCH_FEATURE
        * 0
#endif
        ;
    await ac_yield();
    printf("%d %d\n", a, b);
}
int main(void) { ac_run(amain()); return 0; }
