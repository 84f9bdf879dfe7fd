/* Names pasted from __LINE__ (UNIQ(v) -> v16), for locals kept across an
 * await and used on other lines, and __LINE__ in an awaiting argument. */
#include <asyncc.h>
#include <stdio.h>

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define UNIQ(name) CAT(name, __LINE__)
#define SHOW(x) printf("line %d: %d\n", __LINE__, (x))

static async int get(int x) { await ac_yield(); return x; }

static async void amain(void)
{
    int UNIQ(v) = await get(3);
    int UNIQ(w) = 1;
    await ac_yield();
    printf("v15 %d w16 %d\n", v15, w16);
    int CAT(t, __LINE__) = await get(__LINE__);
    printf("t19 %d\n", t19);
    SHOW(__LINE__ + await get(0));
    SHOW(CAT(v, 15) + await get(CAT(1, 0)));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
