/* # turns an awaiting argument into the text the preprocessor makes of it (spaces, quotes, backslashes) while the await still runs, and ## builds the name of the async function that is awaited. */
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

#define SHOW(x) do { int v_ = (x); printf("%s = %d\n", #x, v_); } while (0)
#define SHOW2(x) printf("%s -> %d, twice %d\n", #x, x, (x) * 2)
#define STR(x) #x
#define XSTR(x) STR(x)
#define CALL(n, x) await handler_##n(x)
#define HANDLER(n) handler_##n
#define TRACE_CALL(n, x) (printf("calling %s(%s)\n", #n, #x), CALL(n, x))
#define AWAIT_LEN(s) (await length(s))
#define LIMIT 42

static int calls;

static async int handler_add(int x)
{
    calls++;
    await ac_yield();
    return x + 1;
}

static async int handler_mul(int x)
{
    calls++;
    await ac_sleep(1);
    return x * 3;
}

static async int length(const char *s)
{
    calls++;
    await ac_yield();
    return (int)strlen(s);
}

static async void amain(void)
{
    SHOW(await handler_add(4));
    SHOW(  await   handler_mul(  2  )  );
    SHOW(await length("a \"quoted\" \\ word"));
    SHOW(AWAIT_LEN("ab"));
    SHOW2(await handler_add(LIMIT));
    printf("%s\n", XSTR(CALL(add, LIMIT)));
    int a = CALL(add, 10);
    int m = CALL(mul, CALL(add, 1));
    int h = await HANDLER(mul)(5);
    printf("a=%d m=%d h=%d\n", a, m, h);
    int t = TRACE_CALL(mul, a + m);
    printf("t=%d calls=%d\n", t, calls);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
