/* Locals with an alignment of their own (_Alignas(N), aligned(N)) keep
 * it across awaits, below and above the frame's own alignment. */
#include <asyncc.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int aligned_to(const void *p, uintptr_t a)
{
    return (uintptr_t)p % a == 0;
}

async int step(int x)
{
    await ac_yield();
    return x + 1;
}

async int fill(char c)
{
    _Alignas(64) char line[64];
    char small[8] __attribute__((aligned(16)));
    _Alignas(4096) unsigned char page[32];
    long word __attribute__((aligned(32))) = 7;
    memset(line, c, sizeof line);
    memset(small, c + 1, sizeof small);
    memset(page, c + 2, sizeof page);
    int n = await step(1);
    printf("%d %d %d %d\n", aligned_to(line, 64), aligned_to(small, 16),
           aligned_to(page, 4096), aligned_to(&word, 32));
    return line[63] + small[7] + page[31] + (int)word + n;
}

async int amain(void)
{
    int a = await fill('a');
    ac_task *t = ac_spawn(fill('b'));
    int b = 0;
    await ac_join(t, &b);
    printf("%d %d\n", a, b);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
