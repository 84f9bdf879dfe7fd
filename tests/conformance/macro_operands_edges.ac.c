/* Macros at the edges of an awaited call's arguments and of an awaiting expression's operands: ID(1) + ID(2) as an argument, LEN(b) + 1, a macro first operand kept whole (MIN(a, b) && await, __LINE__ + await, EOF - (1 && await)), a // comment inside a multi-line invocation that is expanded, and a parenthesized callee. */
#include <asyncc.h>
#include <stdio.h>
#define ID(a) a
#define NEG(x) -x
#define LEN(b) b->len
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
struct buf { int len; };
static async int get(int x) { await ac_yield(); return x; }
static async void amain(void)
{
    struct buf bb = {4}, *b = &bb;
    int len = 3;
    int v = await get(ID(1) + ID(2));
    int w = await get(LEN(b) + 1) + await get(1 - NEG(2));
    if (MIN(len, 16) && await get(1))
        printf("flush %d %d\n", v, w);
    int line = __LINE__ + await get(0);
    int e = EOF - (1 && await get(-1));
    int s = MAX(await get(4), // the first
                5);
    int q = await (get)(7); /* a parenthesized callee */
    printf("%d %d %d %d\n", line, e, s, q);
}
int main(void) { ac_run(amain()); return 0; }
