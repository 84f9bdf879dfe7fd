/* Locals of sibling scopes never live at the same time: their frame
 * members share storage in an anonymous union. Locals not live across an
 * await stay C locals. */
#include <asyncc.h>
#include <stdio.h>

struct big {
    char bytes[64];
};

async int phases(int n)
{
    int sum = 0;
    if (n > 0) {
        struct big b = {{1}};
        await ac_yield();
        sum += b.bytes[0];
    } else {
        double d = 2.5;
        await ac_yield();
        sum += (int)d;
    }
    for (int i = 0; i < n; i++) {
        int before = i * 2; /* dead before the await: a C local */
        sum += before;
        await ac_yield();
    }
    {
        long kept = 7;
        await ac_sleep(1);
        sum += (int)kept;
    }
    return sum;
}
