/* A macro that uses an argument written on two lines twice (`s; s`, or
 * MAX's operands): the lines after it keep their numbers. */
#include <asyncc.h>
#include <stdio.h>

#define TWICE(s) s; s
#define MAX(a, b) ((a) > (b) ? (a) : (b))

static async int g(int a)
{
    await ac_yield();
    return a + 1;
}

static async int f(void)
{
    int x = 0;
    TWICE(x += await g(
        x));
    printf("%d line %d\n", x, __LINE__);
    int y = MAX(x +
                1, await g(x));
    printf("%d line %d\n", y, __LINE__);
    return x;
}

int main(void)
{
    return ac_run(f()) == 3 ? 0 : 1;
}
