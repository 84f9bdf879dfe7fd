/* Statements with awaits spread over several lines keep the lines after them in place (__LINE__), a comma statement ending in an await compiles cleanly, and __func__ names the async function. */
#include <asyncc.h>
#include <stdio.h>

static async int get(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int n = 0;
    n += 1, await ac_yield(); printf("n %d\n", n);
    int a = await get(
        1);
    printf("line %d a %d\n", __LINE__, a);
    a = await get(2) +
        await get(3); printf("line %d a %d\n", __LINE__, a);
    if (await get(
            a) > 4)
        printf("line %d\n", __LINE__);
    printf("in %s\n", __func__);
}

int main(void)
{
    ac_run(amain());
    printf("in %s\n", __func__);
    return 0;
}
