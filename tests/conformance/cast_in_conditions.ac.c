/* Casts of awaited values inside conditions: truncation decides the branch. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    if ((unsigned char)await val(256) == 0)
        printf("truncated to zero\n");
    if ((_Bool)await val(256))
        printf("bool is true\n");
    int n = 0;
    while ((signed char)await val(126 + n) > 0)
        n++;
    printf("n=%d\n", n);
    switch ((char)await val(65 + 256)) {
    case 'A':
        printf("A\n");
        break;
    default:
        printf("other\n");
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
