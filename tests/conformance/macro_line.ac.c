/* __LINE__ in a macro that also awaits gives the line of the invocation in the .ac.c file, as for a plain C program, also in later lines, in statements and in an argument. */
#include <asyncc.h>
#include <stdio.h>

#define HERE() printf("here at line %d\n", __LINE__)
#define NAP_AT() do { await ac_yield(); printf("nap at line %d\n", __LINE__); } while (0)
#define GET_AT() (await get(__LINE__))
#define LOG_LINE(x) printf("line %d value %d\n", __LINE__, (x))
#define CHECK(e) do { if (!(e)) { printf("check failed at line %d: %s\n", __LINE__, #e); return -__LINE__; } } while (0)
#define TWICE_AT(x) (printf("twice at %d\n", __LINE__), (x) + (x))

static async int get(int x)
{
    await ac_yield();
    return x;
}

static async int checked(int v)
{
    CHECK(await get(v) > 0);
    NAP_AT();
    return v;
}

static async void amain(void)
{
    HERE();
    NAP_AT();
    int a = GET_AT();
    printf("get_at gave %d\n", a);
    LOG_LINE(await get(1) + __LINE__);
    LOG_LINE(GET_AT());
    printf("twice %d\n", TWICE_AT(await get(__LINE__)));
    printf("checked %d\n", await checked(1));
    printf("checked %d\n", await checked(0));
    if (a > 0) NAP_AT(); else HERE();
    NAP_AT(); HERE(); int b = GET_AT(); printf("b %d\n", b);
    HERE();
}

int main(void)
{
    ac_run(amain());
    return 0;
}
