/* An await in a declaration that C never evaluates (a constant sizeof in
 * an array's size, an enumerator, a _Static_assert, a typedef, a struct
 * member or a static local's initializer; a __typeof__) does not run:
 * only its type counts. sizeof of a variable length array type is
 * evaluated, as C says, so its await runs. Locals declared so keep
 * their values across awaits, in the frame or not. */
#include <asyncc.h>
#include <stdio.h>

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

static async void amain(void)
{
    _Static_assert(sizeof(await get(1)) == sizeof(int), "an int");
    enum { N = sizeof(await getd(1.0)), M = N + 1 };
    typedef char buf_t[sizeof(await get(2))];
    struct rec {
        char tag[_Alignof(__typeof__(await getd(2.0)))];
        int n;
    };
    static int s = sizeof(await get(3));
    int arr[sizeof(await get(4))] = {0};
    __typeof__(await getd(3.0)) d = 2.5;
    struct rec r = {{0}, 6};
    printf("%d %d %zu %zu %d calls %d\n", N, M, sizeof(buf_t),
           sizeof r.tag, s, calls);
    arr[1] = await get(10);
    d += await getd(0.25);
    printf("%zu %d %.2f %d calls %d\n", sizeof arr / sizeof arr[0], arr[1], d,
           r.n, calls);
    {
        typedef int inner_t[sizeof(await get(5)) / sizeof(int) + 1];
        inner_t in = {1, 2};
        in[1] += await get(3);
        printf("%d %d calls %d\n", in[0], in[1], calls);
    }
    size_t z = sizeof(char[await get(3)]);
    printf("%zu calls %d\n", z, calls);
    z = sizeof(int[2][await get(4)]);
    printf("%zu calls %d\n", z, calls);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
