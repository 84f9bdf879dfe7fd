/* Variadic macros: __VA_ARGS__ carrying awaits, and GNU `, ##__VA_ARGS__` with and without extra arguments, in macros whose bodies await and in ones that evaluate their arguments once. */
#include <asyncc.h>
#include <stdio.h>

#define LOGF(fmt, ...) printf("[log] " fmt "\n", ##__VA_ARGS__)
#define TRACE(fmt, ...) do { await ac_yield(); printf("[trace] " fmt "\n", ##__VA_ARGS__); } while (0)
#define CALLV(f, ...) await f(__VA_ARGS__)
#define SUM(...) (await sum3(__VA_ARGS__))
#define FIRST(x, ...) (x)

static int calls;

static async int get(int x)
{
    calls++;
    await ac_yield();
    return x;
}

static async int sum3(int a, int b, int c)
{
    calls++;
    await ac_sleep(1);
    return a + b + c;
}

static async void ticker(void)
{
    for (int i = 0; i < 4; i++) {
        printf("  tick %d\n", i);
        await ac_yield();
    }
}

static async void amain(void)
{
    ac_task *t = ac_spawn(ticker());
    LOGF("no args");
    LOGF("one %d", await get(1));
    LOGF("two %d %d", await get(2), await get(3));
    TRACE("trace without args");
    TRACE("trace %d", await get(4));
    TRACE("trace %d %s", await get(5), "text");
    int s = CALLV(sum3, 1, await get(2), 3);
    printf("callv %d\n", s);
    printf("sum %d\n", SUM(await get(10), 20, CALLV(get, 30)));
    printf("first %d\n", FIRST(await get(7), 8, 9));
    printf("calls %d\n", calls);
    await ac_join(t, NULL);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
