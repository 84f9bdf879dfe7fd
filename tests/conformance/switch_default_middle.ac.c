/* A default label in the middle of a switch, falling through into a later case that awaits. */
#include <asyncc.h>
#include <stdio.h>

static async void say(const char *s)
{
    await ac_yield();
    printf("%s\n", s);
}

static async void classify(int x)
{
    printf("x=%d:\n", x);
    switch (x) {
    case 1:
        await say("case 1");
        break;
    default:
        await say("default");
        /* fall through */
    case 2:
        await say("case 2");
        /* fall through */
    case 3:
        await say("case 3");
    }
}

static async void amain(void)
{
    for (int i = 1; i <= 4; i++)
        await classify(i);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
