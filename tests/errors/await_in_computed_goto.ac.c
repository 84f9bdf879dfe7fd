/* The target of a computed goto cannot await. */
#include <asyncc.h>

async void *target(void *label)
{
    await ac_yield();
    return label;
}

async int amain(void)
{
    goto *await target(&&out); // expect: 12:11: error: 'await' in the target of a computed goto is not supported
out:
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
