/* Attributes on locals: a declaration split around an await keeps each
 * C local's attributes (written in place or by a macro), and an aligned
 * local that no await outlives keeps its alignment (one an await
 * outlives is an error: errors/over_aligned_frame). Builds with -Wall
 * -Werror: the unused locals stay marked unused. */
#include <asyncc.h>
#include <stdint.h>
#include <stdio.h>

#define UNUSED __attribute__((unused))

static async int get(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int y = await get(8), z __attribute__((unused)) = 0;
    int w = await get(1), v UNUSED = 2;
    int x = await get(2), al __attribute__((aligned(32))) = 5;
    printf("%d\n", al);
    {
        _Alignas(64) char line[64] = "line";
        printf("%s %d\n", line, (int)((uintptr_t)line % 64));
    }
    await ac_yield();
    _Alignas(16) char after[3] = "ab";
    printf("%d %d %d %s %d\n", y, w, x, after, (int)((uintptr_t)after % 16));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
