/* A source file that starts with a UTF-8 byte order mark. */
#include <asyncc.h>
#include <stdio.h>

async int v(int x)
{
    await ac_yield();
    return x;
}

async int amain(void)
{
    printf("%d\n", await v(42));
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
