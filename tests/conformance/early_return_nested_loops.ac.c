/* return from inside nested loops (and a switch) in the middle of awaits. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async int find(int target)
{
    for (int i = 0; i < 4; i++) {
        int j = 0;
        while (j < 4) {
            int v = await val(i * 4 + j);
            switch (v - target) {
            case 0:
                printf("found %d at %d,%d\n", target, i, j);
                return i * 10 + j;
            }
            j++;
        }
        printf("row %d done\n", i);
    }
    return -1;
}

static async void amain(void)
{
    printf("%d\n", await find(6));
    printf("%d\n", await find(1));
    printf("%d\n", await find(99));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
