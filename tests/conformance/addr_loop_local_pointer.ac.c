/* A pointer to a loop-body local, taken each pass before an await, sees that pass's value. */
#include <asyncc.h>
#include <stdio.h>

static async void bump_later(int *p, int by)
{
    await ac_yield();
    *p += by;
}

static async void amain(void)
{
    for (int i = 0; i < 3; i++) {
        int local = i * 100;
        int *p = &local;
        await bump_later(p, 5);
        await ac_yield();
        printf("pass %d local=%d via p=%d\n", i, local, *p);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
