/* Parameters and locals of many types keep their values across awaits;
 * a pointer to a local stays valid (frames never move). */
#include <asyncc.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

struct point {
    int x, y;
};

typedef union {
    int i;
    float f;
} number;

typedef int (*binop)(int, int);

static int add(int a, int b) { return a + b; }

static async struct point shifted(struct point p, const char *tag, double d,
                                  long double ld, _Bool flag, binop op)
{
    char buf[32] = "frame";
    struct point pts[3] = {{1, 2}, {3, 4}, {5, 6}};
    number n;
    n.i = 7;
    int *where = &pts[1].x;
    long long big = 1LL << 40;
    await ac_yield();
    strcat(buf, "-kept");
    *where += 10;
    await ac_sleep(1);
    printf("%s %s %.2f %.1Lf %d %d\n", tag, buf, d, ld, flag, n.i);
    printf("pts %d %d %d big %lld op %d\n", pts[0].x, pts[1].x, pts[2].y,
           big, op(2, 3));
    struct point r = {p.x + *where, p.y + pts[2].y};
    return r;
}

static async void amain(void)
{
    struct point p = {100, 200};
    bool ok = true;
    struct point q = await shifted(p, "tag", 2.5, 1.5L, ok, add);
    printf("q %d %d\n", q.x, q.y);
    int counter = 0;
    int *pc = &counter;
    for (int i = 0; i < 3; i++) {
        await ac_yield();
        (*pc)++;
    }
    printf("counter %d\n", counter);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
