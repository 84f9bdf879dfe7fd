/* A return's expression runs even when the awaiter drops the value
 * (`await f();`), as a C function's does: its calls and side effects
 * happen; a struct return is computed once. */
#include <asyncc.h>
#include <stdio.h>

struct reply {
    int code;
    const char *text;
};

static int sent;

static async int send(const char *what)
{
    await ac_yield();
    return printf("sent %s #%d\n", what, ++sent);
}

static struct reply make(int code)
{
    printf("make %d\n", code);
    return (struct reply){code, code == 200 ? "ok" : "error"};
}

static async struct reply respond(int code)
{
    await ac_yield();
    return make(code);
}

static async void amain(void)
{
    await send("hello");
    (void)await send("again");
    int n = await send("third");
    await respond(404);
    struct reply r = await respond(200);
    printf("%d %d %d %s\n", n, sent, r.code, r.text);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
