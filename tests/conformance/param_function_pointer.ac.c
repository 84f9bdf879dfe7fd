/* Plain function-pointer parameters and returns of async functions. */
#include <asyncc.h>
#include <stdio.h>

typedef int (*binop)(int, int);

static int add(int a, int b)
{
    return a + b;
}

static int mul(int a, int b)
{
    return a * b;
}

static async int fold(binop op, const int *v, int n, int init)
{
    int acc = init;
    for (int i = 0; i < n; i++) {
        await ac_yield();
        acc = op(acc, v[i]);
    }
    return acc;
}

static async binop choose(char c)
{
    await ac_yield();
    return c == '+' ? add : mul;
}

static async int (*choose_raw(char c))(int, int)
{
    await ac_yield();
    return c == '*' ? mul : add;
}

static async void amain(void)
{
    int v[4] = {1, 2, 3, 4};
    printf("%d\n", await fold(add, v, 4, 0));
    printf("%d\n", await fold(await choose('*'), v, 4, 1));
    int (*f)(int, int) = await choose_raw('*');
    printf("%d\n", f(6, 7));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
