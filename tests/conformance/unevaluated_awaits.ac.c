/* An await in an operand C never evaluates (sizeof, _Alignof, _Generic's
 * controlling expression) does not run: only its type counts. A macro
 * that puts its argument both in sizeof and where it is evaluated
 * (ZERO) runs the await once. */
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

#define ZERO(x) memset(&(x), 0, sizeof(x))
#define TYPENAME(x) _Generic((x), int: "int", double: "double", default: "other")

struct big {
    char b[40];
};

static int calls;

static async int get(int v)
{
    calls++;
    await ac_yield();
    return v;
}

static async double getd(double v)
{
    calls++;
    await ac_yield();
    return v;
}

static async struct big mk(void)
{
    struct big b = {{0}};
    calls++;
    await ac_yield();
    return b;
}

static async void amain(void)
{
    int arr[3] = {7, 8, 9};
    ZERO(arr[await get(1)]);
    printf("%d %d %d calls %d\n", arr[0], arr[1], arr[2], calls);
    size_t n = sizeof(await mk()) + sizeof await getd(1.0);
    printf("%zu calls %d\n", n, calls);
    printf("%zu calls %d\n", _Alignof(__typeof__(await getd(1.0))), calls);
    printf("%s calls %d\n", TYPENAME(await get(1)), calls);
    printf("%s calls %d\n", _Generic(await getd(2), double: "d", default: "?"),
           calls);
    int k = (int)sizeof(arr[await get(0)]) + await get(2);
    printf("%d calls %d\n", k, calls);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
