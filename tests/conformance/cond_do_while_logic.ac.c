/* do ... while (await a() && !await b()) with short-circuit inside the loop condition. */
#include <asyncc.h>
#include <stdio.h>

static async int more(int i)
{
    printf("more %d\n", i);
    await ac_yield();
    return i < 4;
}

static async int stop_at(int i)
{
    printf("stop_at %d\n", i);
    await ac_yield();
    return i == 2;
}

static async void amain(void)
{
    int i = 0;
    do {
        printf("body %d\n", i);
        i++;
    } while (await more(i) && !await stop_at(i));
    printf("i=%d\n", i);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
