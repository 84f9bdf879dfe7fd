/* A frame local named in another declaration's type (an array size,
 * __typeof__, a static initializer, an enumerator, _Static_assert) is the
 * frame's, not a global of the same name. */
#include <asyncc.h>
#include <stdio.h>
static int buf[2];
static async int get(int v) { await ac_yield(); return v; }
static async void amain(void)
{
    char buf[100];
    int n = 3;
    buf[0] = 'x';
    await ac_yield();
    char copy[sizeof buf];
    __typeof__(buf) other;
    __typeof__(n) m = await get(n);
    static const size_t sz = sizeof buf;
    enum { SIZE = sizeof buf / 2 } e = SIZE;
    _Static_assert(sizeof buf == 100, "size");
    copy[0] = buf[0]; other[0] = copy[0];
    printf("%zu %zu %d %zu %d %c\n", sizeof copy, sizeof other, m, sz, (int)e, other[0]);
    await ac_yield();
    printf("%d %d\n", (int)sizeof(copy), n);
}
int main(void) { (void)buf; ac_run(amain()); return 0; }
