/* A macro invocation that an awaiting expression's operands cut: its argument is an operand (ID(y) + await f()), its body makes two operands (PAIR), a macro ends an operand (x == EOF, TWICE(y)), a chain ends in a nested invocation, a condition is ID(TWICE(y)); and whole invocations (stdout, htons) that stay as written. */
#include <asyncc.h>
#include <arpa/inet.h>
#include <stdio.h>
#define ID(x) x
#define NEG(x) -x
#define TWICE(x) (x + x)
#define PAIR(x) x, 2
#define T2(x) ~~x
static async int get(int x) { await ac_yield(); return x; }
static int sum3(int a, int b, int c) { return a + b + c; }
static async void amain(void)
{
    int y = 5, x = -1;
    int a = 1 + NEG(y) + await get(2);
    int b = ID(y) + await get(2);
    int c = ID(ID(y)) * await get(2);
    int d = sum3(PAIR(y), await get(3));
    int e = x == EOF && await get(1);
    int f = TWICE(y) - await get(1);
    int g = ~~T2(T2(y)) + await get(0);
    unsigned h = htons(1) + (unsigned)await get(0);
    if (ID(TWICE(y)) == 10)
        await get(0);
    if (ID(TWICE(y)) == 10) /* a condition kept as text, y in the frame */
        printf("twice\n");
    fprintf(stdout, "%d %d %d %d %d %d %d %u\n", a, b, c, d, e, f, g, h == htons(1));
}
int main(void) { ac_run(amain()); return 0; }
