/* An async function designated through * and & ((*f)(x), (&f)(x),
 * (**f)(x)) is awaited like f(x). */
#include <asyncc.h>
#include <stdio.h>

async int add1(int x)
{
    await ac_yield();
    return x + 1;
}

async int amain(void)
{
    int a = await (*add1)(1);
    int b = await (&add1)(2);
    int c = await (**add1)(3);
    int d = await ((add1))(4);
    ac_task *t = ac_spawn((*add1)(5));
    int e = 0;
    await ac_join(t, &e);
    printf("%d %d %d %d %d\n", a, b, c, d, e);
    return 0;
}

int main(void)
{
    return ac_run((&amain)());
}
