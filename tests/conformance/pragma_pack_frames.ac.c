/* An async function where `#pragma pack(1)` is in effect keeps a frame of
 * default packing; the user's own structures stay packed. */
#include <asyncc.h>
#include <stdio.h>

#pragma pack(push, 1)
struct wire {
    char tag;
    int value;
};

async double scaled(char tag, double by)
{
    struct wire w = { tag, 7 };
    await ac_sleep(1);
    return w.value * by + (w.tag == 'x');
}

async int amain(void)
{
    char c = 'x';
    double *p = &(double){ 0.5 };
    int *q = &(int){ 1 };
    await ac_yield();
    double d = await scaled(c, *p);
    ac_task *t = ac_spawn(scaled('y', 2.0));
    double e = 0;
    await ac_join(t, &e);
    printf("sizeof(struct wire) = %zu\n", sizeof(struct wire));
    printf("%.1f %.1f %d\n", d, e, *q);
    return 0;
}
#pragma pack(pop)

int main(void)
{
    return ac_run(amain());
}
