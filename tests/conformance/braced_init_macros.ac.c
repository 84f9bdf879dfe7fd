/* Locals kept across awaits whose initializer is a macro that makes a
 * braced list (PT_INIT, a {0} ZERO, ATOMIC_FLAG_INIT) or a string for an
 * array: initialised as declared. */
#include <asyncc.h>
#include <stdatomic.h>
#include <stdio.h>

struct pt {
    int x, y;
};

#define PT_INIT {3, 4}
#define ZERO {0}
#define PRIMES {2, 3, 5, 7}
#define GREETING "hello"

static async void amain(void)
{
    struct pt p = PT_INIT;
    struct pt z = ZERO;
    int primes[4] = PRIMES;
    char greet[8] = GREETING;
    atomic_flag flag = ATOMIC_FLAG_INIT;
    await ac_yield();
    int was = atomic_flag_test_and_set(&flag);
    printf("%d %d %d %d %d %s %d\n", p.x, p.y, z.x + z.y, primes[3],
           primes[0], greet, was);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
