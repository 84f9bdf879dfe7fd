/* do { } while (0) statement macros with awaits in their arguments and bodies; TRY and CHECK return early with a value from inside the macro, also from tasks that are joined. */
#include <asyncc.h>
#include <stdio.h>

#define TRY(call)                  \
    do {                           \
        int rc_ = (call);          \
        if (rc_ < 0) {             \
            printf("  fail %d\n", rc_); \
            return rc_;            \
        }                          \
    } while (0)
#define CHECK(e) do { if (!(e)) { printf("  check failed: %s\n", #e); return -100; } } while (0)
#define SHOW_TWICE(x) do { printf("  show %d\n", x); printf("  again %d\n", x); } while (0)
#define STEP(name, ms) do { printf("  %s begins\n", name); await ac_sleep(ms); printf("  %s ends\n", name); } while (0)
#define BAIL_IF(c) do { if (c) return; } while (0)

static int calls;

static async int op(int v)
{
    calls++;
    await ac_yield();
    return v;
}

static async int job(const char *name, int ms, int fail_at)
{
    int total = 0;
    for (int i = 1; i <= 3; i++) {
        STEP(name, ms);
        TRY(await op(i == fail_at ? -i : i));
        total += i;
    }
    CHECK(await op(total) == 6);
    return total * 10;
}

static async int guarded(int x)
{
    CHECK(await op(x) > 0);
    if (x > 5)
        TRY(await op(-x));
    else
        TRY(await op(x));
    return x;
}

static int done;

static async void maybe(int c)
{
    BAIL_IF(await op(c));
    done++;
}

static async void amain(void)
{
    ac_task *a = ac_spawn(job("a", 0, 0));
    ac_task *b = ac_spawn(job("b", 50, 2));
    int ra = 0, rb = 0;
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    printf("job a %d, job b %d\n", ra, rb);

    printf("guarded(3) %d\n", await guarded(3));
    printf("guarded(0) %d\n", await guarded(0));
    printf("guarded(7) %d\n", await guarded(7));

    calls = 0;
    SHOW_TWICE(await op(4));
    printf("show calls %d\n", calls);

    await maybe(1);
    await maybe(0);
    printf("done %d\n", done);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
