/* Pointer declarators initialised by awaited calls returning pointers. */
#include <asyncc.h>
#include <stdio.h>

static const char *names[] = {"zero", "one", "two", "three"};

static async const char *name(int i)
{
    printf("name %d\n", i);
    await ac_yield();
    return names[i];
}

static async void amain(void)
{
    const char *s = await name(1), *t = await name(2), *u = s;
    printf("%s %s %s\n", s, t, u);
    const char *const w = await name(3), *v = w + 2;
    printf("%s %s\n", w, v);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
