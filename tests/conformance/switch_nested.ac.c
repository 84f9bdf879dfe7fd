/* A switch nested in a case of another switch, both controlled by awaited values. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    for (int a = 0; a < 2; a++)
        for (int b = 0; b < 2; b++) {
            switch (await val(a)) {
            case 0:
                switch (await val(b)) {
                case 0:
                    printf("a0 b0\n");
                    break;
                default:
                    printf("a0 b%d\n", await val(b));
                }
                printf("after inner\n");
                break;
            case 1:
                printf("a1 b%d\n", b);
                break;
            }
        }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
