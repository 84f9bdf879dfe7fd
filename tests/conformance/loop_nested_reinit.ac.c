/* Inner-loop locals re-initialised on every inner pass of every outer pass, across awaits. */
#include <asyncc.h>
#include <stdio.h>

struct acc {
    int n;
    int last;
};

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    for (int i = 0; i < 3; i++) {
        struct acc outer = {0, -1};
        for (int j = 0; j < 3; j++) {
            int cell = i * 3;
            char tag[3] = {'c', '0', 0};
            cell += await val(j);
            tag[1] = (char)('0' + cell);
            outer.n++;
            outer.last = cell;
            printf("%s ", tag);
        }
        printf("| n=%d last=%d\n", outer.n, await val(outer.last));
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
