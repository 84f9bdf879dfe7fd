/* switch (await f()) dispatches on the awaited value, including default. */
#include <asyncc.h>
#include <stdio.h>

static async int code(int x)
{
    printf("code %d\n", x);
    await ac_yield();
    return x % 4;
}

static async void amain(void)
{
    for (int i = 0; i < 5; i++) {
        switch (await code(i)) {
        case 0:
            printf("zero\n");
            break;
        case 1:
            printf("one\n");
            break;
        case 3:
            printf("three\n");
            break;
        default:
            printf("default\n");
            break;
        }
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
