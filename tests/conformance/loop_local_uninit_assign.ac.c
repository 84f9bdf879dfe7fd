/* A loop-body local without initializer, assigned before use each pass, and one set by an await. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int total = 0;
    for (int i = 1; i <= 4; i++) {
        int sq;
        sq = i * i;
        int got = await val(sq);
        total += got;
        printf("i=%d sq=%d total=%d\n", i, got, total);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
