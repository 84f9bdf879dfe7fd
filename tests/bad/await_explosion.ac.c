/* D15 doubles its argument 15 times: 65,536 awaits in one function, which
 * asyncc refuses quickly rather than transform for minutes. */
#include <asyncc.h>
#include <stdio.h>
#define D0(x) (x+x)
#define D1(x) D0(D0(x))
#define D2(x) D0(D1(x))
#define D3(x) D0(D2(x))
#define D4(x) D0(D3(x))
#define D5(x) D0(D4(x))
#define D6(x) D0(D5(x))
#define D7(x) D0(D6(x))
#define D8(x) D0(D7(x))
#define D9(x) D0(D8(x))
#define D10(x) D0(D9(x))
#define D11(x) D0(D10(x))
#define D12(x) D0(D11(x))
#define D13(x) D0(D12(x))
#define D14(x) D0(D13(x))
#define D15(x) D0(D14(x))
static async int get(int x) { await ac_yield(); return x; }
static async int amain(void) { int v = D15(await get(1)); printf("%d\n", v); return 0; }
int main(void) { return ac_run(amain()); }
