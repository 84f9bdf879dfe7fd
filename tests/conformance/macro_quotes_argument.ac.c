/* A macro that makes a string of its argument (assert, a CHECK that
 * prints #c) is given the argument as written: frame locals and awaits
 * by their names, not the frame's members and temporaries. */
#undef NDEBUG /* asserts that run in every build type */
#include <asyncc.h>
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(c) do { if (!(c)) printf("line %d: failed: %s\n", __LINE__, #c); } while (0)
#define SHOW(e) printf("%s = %d\n", #e, (e))

/* glibc's assert reports through __assert_fail: print what it says. */
void __assert_fail(const char *text, const char *file, unsigned int line,
                   const char *fn)
{
    const char *slash = strrchr(file, '/');
    printf("%s:%u: %s: Assertion `%s' failed.\n", slash ? slash + 1 : file,
           line, fn, text);
    exit(0);
}

static async int get(int v) { await ac_yield(); return v; }
static async int twice(int v) { await ac_yield(); return 2 * v; }

static async void amain(void)
{
    int x = 1;
    int y[2] = {5, 6};
    await ac_yield();
    CHECK(x == 2);
    CHECK(x + await get(2) == 4);
    SHOW(x + 1);
    SHOW(await get(5) * 2);
    CHECK(x == await get(7));
    CHECK(await get(1) == await twice(3));
    CHECK(await get(await get(3)) == 4);
    SHOW(await get(await twice(3)) +
         x);
    SHOW(y[x] - await twice(y[0]));
    printf("line %d\n", __LINE__);
    for (int i = 0; i < 2; i++)
        CHECK(await get(i) == x);
    assert(await get(1) && (await twice(x) == x + 2 || x > 1));
}

int main(void)
{
    ac_run(amain());
    return 1;
}
