/* A callee writes through a pointer to its caller's local after suspending. */
#include <asyncc.h>
#include <stdio.h>

struct stats {
    int count;
    long sum;
};

static async void collect(struct stats *st, int n)
{
    for (int i = 1; i <= n; i++) {
        await ac_yield();
        st->count++;
        st->sum += i;
    }
}

static async void fill(int *out, int n)
{
    for (int i = 0; i < n; i++) {
        await ac_yield();
        out[i] = i * i;
    }
}

static async void amain(void)
{
    struct stats st = {0, 0};
    int squares[5];
    await collect(&st, 4);
    await fill(squares, 5);
    printf("count=%d sum=%ld\n", st.count, st.sum);
    for (int i = 0; i < 5; i++)
        printf("%d ", squares[i]);
    printf("\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
