/* A local whose name a macro makes (NAME, CAT(var_, n)), kept across an await, is the frame's. */
#include <asyncc.h>
#include <stdio.h>
#define NAME x
#define CAT(a, b) a##b
static async int get(int v) { await ac_yield(); return v; }
static async void amain(void)
{
    int NAME = 1;
    int CAT(var_, y) = await get(2);
    await ac_yield();
    printf("%d %d\n", x, var_y);
}
int main(void) { ac_run(amain()); return 0; }
