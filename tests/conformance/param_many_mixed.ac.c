/* Many parameters of mixed types (char, short, long long, float, double, pointer, struct). */
#include <asyncc.h>
#include <stdio.h>

struct tag {
    char s[6];
};

static async double mix(char c, short s, long long ll, float f, double d, const int *p, struct tag t,
                        unsigned char uc)
{
    await ac_yield();
    printf("%c %d %lld %.1f %.2f %d %s %u\n", c, s, ll, (double)f, d, *p, t.s, (unsigned)uc);
    await ac_yield();
    return (double)c + s + (double)ll + f + d + *p + uc;
}

static async void amain(void)
{
    int seven = 7;
    struct tag t = {"tag"};
    double r = await mix('A', -3, 10000000000LL, 1.5f, 2.25, &seven, t, 250);
    printf("%.2f\n", r);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
