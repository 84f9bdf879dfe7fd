/* Macro invocations whose arguments spread over several lines, with code after them on the same and the following lines, keep their meaning and the lines after them stay put (__LINE__). */
#include <asyncc.h>
#include <stdio.h>

#define SUM3(a, b, c) ((a) + (b) + (c))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define TRY(call)                   \
    do {                            \
        if ((call) < 0)             \
            return -1;              \
    } while (0)
#define STEP(name, ms) do { printf("%s\n", name); await ac_sleep(ms); } while (0)
#define HERE() printf("line %d\n", __LINE__)

static int calls;

static async int get(int x)
{
    calls++;
    await ac_yield();
    return x;
}

static async int run(int fail)
{
    int s = SUM3(await get(1),
                 await get(2),
                 await get(3)); printf("sum %d\n", s);
    HERE();
    int m = MAX(
        await get(4),
        await get(5)
    );
    printf("max %d calls %d\n", m, calls); HERE();
    printf("max again %d\n", MAX(await get(6),
                                 7)); HERE();
    if (MAX(await get(fail),
            0))
        HERE();
    STEP(
        "step one",
        1);
    STEP("step two",
         await get(1)); HERE();
    TRY(
        await get(fail ? -1 : 1)
    );
    HERE();
    return s;
}

static async void amain(void)
{
    printf("run(0) %d\n", await run(0));
    HERE();
    printf("run(1) %d\n",
           await run(1)
          );
    HERE();
}

int main(void)
{
    ac_run(amain());
    return 0;
}
