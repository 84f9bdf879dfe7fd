/* A loop counter kept in the frame, formatted into a buffer its bound
 * fits: gcc -O2 -Werror builds it as it builds the source (a function
 * resumed inside the loop re-enters it past its condition, so gcc proves
 * no range for the counter there; asyncc.h keeps -Wformat-truncation
 * quiet in resume functions). */
#include <asyncc.h>
#include <stdio.h>

static async void amain(void)
{
    for (int i = 0; i < 12; i++) {
        char tag[8];
        snprintf(tag, sizeof tag, "ev%d", i);
        await ac_yield();
        if (i % 4 == 0)
            puts(tag);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
