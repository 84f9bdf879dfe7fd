/* A macro body that names a local or a parameter of the async function (BUMP, ADD_SLEPT, REPORT) reads and writes the variable in scope at the invocation, also a shadowing one, across awaits in interleaved tasks. */
#include <asyncc.h>
#include <stdio.h>

#define BUMP() (count += await get(1))
#define ADD_SLEPT(ms) (slept += (ms), await ac_sleep(ms))
#define REPORT() printf("%s count=%d slept=%d\n", tag, count, slept)
#define STEP_LIMIT() (count < limit)

static async int get(int x)
{
    await ac_yield();
    return x;
}

static async int counter(const char *tag, int limit, int period)
{
    int count = 0;
    int slept = 0;
    BUMP();
    REPORT();
    while (STEP_LIMIT()) {
        BUMP();
        (void)ADD_SLEPT(period);
        REPORT();
    }
    {
        int count = 100;
        BUMP();
        BUMP();
        printf("%s inner count=%d\n", tag, count);
    }
    REPORT();
    return count * 1000 + BUMP();
}

static async void amain(void)
{
    ac_task *a = ac_spawn(counter("a", 2, 20));
    ac_task *b = ac_spawn(counter("b", 4, 70));
    int ra = 0, rb = 0;
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    printf("ra=%d rb=%d\n", ra, rb);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
