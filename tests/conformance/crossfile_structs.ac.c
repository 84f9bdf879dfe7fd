/* Struct arguments and struct results of async functions defined in another file. */
#include "lib/shapes.h"

#include <stdio.h>

static async void amain(void)
{
    struct shape shapes[2] = {{'r', 2, 3}, {'t', 4, 5}};
    char line[64];
    for (int i = 0; i < 2; i++) {
        await shape_describe(shapes[i], line, (int)sizeof line);
        printf("%s\n", line);
        struct shape big = await shape_scale(&shapes[i], 2.0);
        printf("scaled area %.2f\n", await shape_area(big));
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
