/* __LINE__ inside one statement that spans lines around awaits: after a multi-line await, in the arguments of an await hoisted before its statement, in a short-circuit and a ?: whose awaits are on their own lines, in a loop condition. The expected output is what the same program prints compiled as plain C. */
#include <asyncc.h>
#include <stdio.h>
static async int get(int x) { await ac_yield(); return x; }
static void show(int a, int b, int line) { printf("%d %d\n", line, a + b); }
static async void amain(void)
{
    show(1,
         await get(
             2),
         __LINE__ - 10 + 10);
    printf("%d 11\n", __LINE__);
    int n = 0;
    if (n == 0 &&
        await get(1) &&
        __LINE__ == 16)
        printf("%d 17\n", __LINE__);
    int k = n
        ? await get(1)
        : await get(
              __LINE__);
    printf("%d 22\n", k);
    while (n < 1 &&
           await get(1)) {
        n++;
        printf("%d 26\n", __LINE__);
    }
    show(__LINE__,
         await get(0), 0);
    printf("%d 30\n", __LINE__);
}
int main(void) { ac_run(amain()); return 0; }
