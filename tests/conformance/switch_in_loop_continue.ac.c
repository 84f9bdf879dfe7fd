/* break inside a switch leaves the switch; continue inside it goes to the enclosing loop. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int i = 0;
    while (i < 6) {
        int v = await val(i++);
        switch (v % 3) {
        case 0:
            printf("%d: zero, continue\n", v);
            continue;
        case 1:
            printf("%d: one, break\n", v);
            break;
        default:
            await val(0);
            printf("%d: two\n", v);
        }
        printf("%d: after switch\n", v);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
