/* Nested macros: an outer macro calling an inner one that awaits (three levels deep), and macros whose arguments are invocations of an awaiting macro. */
#include <asyncc.h>
#include <stdio.h>

#define GET(x) await get(x)
#define GET_SUM(a, b) (GET(a) + GET(b))
#define L1(x) (await get(x) * 10)
#define L2(x) (L1(x) + 1)
#define L3(x) (L2(x) + L1(1))
#define DOUBLE(x) ((x) * 2)
#define ADD(a, b) ((a) + (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

static int calls;

static async int get(int x)
{
    calls++;
    printf("  get(%d)\n", x);
    await ac_yield();
    return x;
}

static async void other(void)
{
    for (int i = 0; i < 3; i++) {
        printf("  other %d\n", i);
        await ac_yield();
    }
}

static async void amain(void)
{
    ac_task *t = ac_spawn(other());
    printf("get_sum %d\n", GET_SUM(1, 2));
    printf("l3 %d\n", L3(4));
    printf("double %d\n", DOUBLE(GET(5)));
    printf("add %d\n", ADD(GET(6), L1(7)));
    printf("get_sum of gets %d\n", GET_SUM(GET(8), GET_SUM(1, 1)));
    printf("max %d\n", MAX(GET(3), GET(9)));
    printf("calls %d\n", calls);
    await ac_join(t, NULL);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
