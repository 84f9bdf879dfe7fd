/* Tail-style recursion: gcd and fast exponentiation returning awaited recursive calls. */
#include <asyncc.h>
#include <stdio.h>

static async unsigned long gcd(unsigned long a, unsigned long b)
{
    if (b == 0)
        return a;
    return await gcd(b, a % b);
}

static async unsigned long long power(unsigned long long b, unsigned e)
{
    if (e == 0)
        return 1;
    unsigned long long half = await power(b, e / 2);
    await ac_yield();
    return e % 2 ? half * half * b : half * half;
}

static async void amain(void)
{
    printf("%lu\n", await gcd(1071, 462));
    printf("%lu\n", await gcd(17, 5));
    printf("%llu\n", await power(3, 13));
    printf("%llu\n", await power(2, 63));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
