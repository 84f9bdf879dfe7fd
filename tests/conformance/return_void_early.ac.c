/* return; from a void async function before and after suspension points. */
#include <asyncc.h>
#include <stdio.h>

static async void step(int n)
{
    printf("step %d begins\n", n);
    if (n == 0)
        return;
    await ac_yield();
    if (n == 1) {
        printf("step 1 returns after one await\n");
        return;
    }
    await ac_yield();
    printf("step %d ends\n", n);
}

static async void amain(void)
{
    for (int i = 0; i < 3; i++)
        await step(i);
    printf("all done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
