/* A chain of 1,048,576 `~` operators, made by macros: libclang parses it
 * by recursion and overflows even asyncc's 64 MiB stack (plain clang-19
 * crashes on a chain of 5,000). asyncc must say so and exit 1, not crash. */
#include <asyncc.h>
#define X2(x) x x
#define X16(x) X2(X2(X2(X2(x))))
#define TILDES_1M X16(X16(X16(X16(X16(~)))))

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async int amain(void)
{
    unsigned v = TILDES_1M 0u + (unsigned)await val(6);
    return (int)v;
}

int main(void)
{
    return ac_run(amain());
}
