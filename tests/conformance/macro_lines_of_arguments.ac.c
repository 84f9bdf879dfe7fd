/* A user macro expanded around awaits keeps each argument on the line it was written on: __LINE__ in a later line of a multi-line invocation, in __VA_ARGS__, and after a // comment, says what the compiler says. */
#include <asyncc.h>
#include <stdio.h>
#define LOG(fmt, ...) printf("[%d] " fmt "\n", __LINE__, __VA_ARGS__)
#define MAX(a, b) ((a) > (b) ? (a) : (b))
static async int get(int x) { await ac_yield(); return x; }
static async void amain(void)
{
    LOG("%d %d",
        await get(5),
        __LINE__);
    int m = MAX(await get(4), // the first
                __LINE__);
    LOG("%d", m);
}
int main(void) { ac_run(amain()); return 0; }
