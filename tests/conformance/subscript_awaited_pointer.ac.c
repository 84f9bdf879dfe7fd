/* (await f())[i]: subscripting a pointer or string an awaited call returns. */
#include <asyncc.h>
#include <stdio.h>

static int table[] = {5, 6, 7, 8};

static async int *get_table(void)
{
    await ac_yield();
    return table;
}

static async const char *greeting(void)
{
    await ac_yield();
    return "hello";
}

static async void amain(void)
{
    printf("%d\n", (await get_table())[2]);
    printf("%c%c\n", (await greeting())[1], (await greeting())[4]);
    (await get_table())[0] = 50;
    printf("%d\n", table[0]);
    printf("%d\n", 3[await get_table()]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
