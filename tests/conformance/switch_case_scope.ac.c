/* Locals declared in a braced case block live across an await inside that case. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    for (int k = 0; k < 3; k++) {
        switch (k) {
        case 0: {
            int a = 5;
            a += await val(1);
            printf("case0 a=%d\n", a);
            break;
        }
        case 1: {
            double d = 0.5;
            d *= await val(8);
            printf("case1 d=%.1f\n", d);
        }
            /* fall through */
        default: {
            char s[4] = "xyz";
            s[await val(1)] = 'Y';
            printf("default s=%s\n", s);
        }
        }
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
