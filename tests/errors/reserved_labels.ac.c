/* Labels of async functions cannot take the names of the generated
 * code's labels. */
#include <asyncc.h>

static async int v(int x) { await ac_yield(); return x; }

async int amain(void)
{
    int n = await v(1);
    if (n)
        goto ac_resume_1;
ac_resume_1: // expect: 12:1: error: label 'ac_resume_1' has a name that asyncc's generated code uses
    return n;
}

int main(void)
{
    return ac_run(amain());
}
