/* Built by tests/install/check.sh against an installed asyncc, as a
 * user outside this tree builds: with pkg-config, and with CMake's
 * find_package(asyncc). */
#include <asyncc.h>
#include <stdio.h>

static async int greet(const char *who)
{
    printf("hello, %s\n", who);
    await ac_yield();
    return 1;
}

static async int amain(void)
{
    int n = await greet("pkg-config") + await greet("find_package");
    printf("%d greetings\n", n);
    return n;
}

int main(void)
{
    return ac_run(amain()) == 2 ? 0 : 1;
}
