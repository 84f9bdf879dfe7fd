/* A function-like macro whose body awaits uses its arguments as C does: each argument once, side effects once, in tasks that really sleep. */
#include <asyncc.h>
#include <stdio.h>

#define FETCH(key, bias) (await lookup(key) + (bias))
#define SCALE(x, k) ((x) * await factor(k))
#define WAIT_THEN(ms, expr) (await ac_sleep(ms), (expr))

static int lookups;

static async int lookup(int key)
{
    lookups++;
    await ac_yield();
    return key * 100;
}

static async int factor(int k)
{
    await ac_sleep(20 * (unsigned)k);
    return k + 1;
}

static async int client(const char *name, int base, int k)
{
    int i = base;
    int a = FETCH(i++, 1);
    printf("%s a=%d i=%d\n", name, a, i);
    int b = SCALE(a + i, k);
    printf("%s b=%d\n", name, b);
    int c = WAIT_THEN(20, b + FETCH(i, i));
    printf("%s c=%d\n", name, c);
    return FETCH(SCALE(1, k), 0);
}

static async void amain(void)
{
    ac_task *t1 = ac_spawn(client("slow", 1, 5));
    ac_task *t2 = ac_spawn(client("fast", 5, 1));
    int r1 = 0, r2 = 0;
    await ac_join(t1, &r1);
    await ac_join(t2, &r2);
    printf("r1=%d r2=%d lookups=%d\n", r1, r2, lookups);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
