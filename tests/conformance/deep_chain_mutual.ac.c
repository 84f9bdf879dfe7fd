/* A one-million-frame chain alternating between two mutually recursive functions, in a task. */
#include <asyncc.h>
#include <stdio.h>

static async long ping(long n);

static async long pong(long n)
{
    if (n == 0) {
        await ac_yield();
        return 0;
    }
    return await ping(n - 1) + 1;
}

static async long ping(long n)
{
    if (n == 0)
        return 0;
    long r = await pong(n - 1);
    return r + 1;
}

static async void amain(void)
{
    ac_task *t = ac_spawn(ping(1000000));
    long r = 0;
    await ac_join(t, &r);
    printf("chain %ld\n", r);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
