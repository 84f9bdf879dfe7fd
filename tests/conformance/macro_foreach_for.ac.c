/* FOREACH-style macros that open a for: the loop variable and a local of the user's body live across awaits, a bound that awaits is tested each turn, continue and break work, in two interleaved tasks. */
#include <asyncc.h>
#include <stdio.h>

#define FOREACH(i, n) for (int i = 0; i < (n); i++)
#define FOR_RANGE(i, lo, hi) for (int i = (lo); i < (hi); i++)
#define FOR_EACH_ITEM(p, arr, n) for (const struct item *p = (arr); p < (arr) + (n); p++)

struct item {
    const char *name;
    int weight;
};

static const struct item items[] = {{"ant", 1}, {"bee", 2}, {"cat", 3}, {"dog", 4}};

static int limit_calls;

static async int limit(int n)
{
    limit_calls++;
    await ac_yield();
    return n;
}

static async int scaled(int x)
{
    await ac_yield();
    return x * 10;
}

static async int walker(const char *tag, int n)
{
    int sum = 0;
    FOREACH(i, n) {
        int v = await scaled(i);
        await ac_yield();
        sum += v + i;
        printf("%s i=%d v=%d sum=%d\n", tag, i, v, sum);
    }
    FOR_RANGE(j, 5, 9) {
        if (j == 6)
            continue;
        int before = j;
        await ac_yield();
        if (j == 8)
            break;
        printf("%s j=%d before=%d\n", tag, j, before);
    }
    FOR_EACH_ITEM(p, items, 4) {
        char first = p->name[0];
        int w = await scaled(p->weight);
        if (w > 20 && tag[0] == 'a')
            break;
        printf("%s item %s %c %d\n", tag, p->name, first, w);
    }
    return sum;
}

static async void amain(void)
{
    ac_task *a = ac_spawn(walker("a", 2));
    ac_task *b = ac_spawn(walker("b", 3));
    int ra = 0, rb = 0;
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    printf("sums %d %d\n", ra, rb);

    int total = 0;
    FOREACH(k, await limit(3)) {
        total += k;
        await ac_sleep(1);
    }
    printf("total %d limit calls %d\n", total, limit_calls);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
