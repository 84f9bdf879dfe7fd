/* Locals whose types the async function itself declares (a struct, a
 * union, an enum, a typedef, an unnamed struct, a struct only named by a
 * pointer, a __typeof__ of another local) keep their
 * values across awaits, as arrays, through pointers and with their
 * address taken before the await; so do those of a block's own types. */
#include <asyncc.h>
#include <stdio.h>

static async int get(int v)
{
    await ac_yield();
    return v;
}

static async int sum_points(int n)
{
    struct point {
        int x, y;
    };
    typedef struct point path_t[3];
    union num {
        int i;
        float f;
    };
    enum color { RED, GREEN = 5 };
    path_t path = {{1, 2}, {3, 4}, {5, 6}};
    struct point *last = &path[2];
    union num u;
    enum color c = GREEN;
    int base = 10;
    __typeof__(base) extra = 1;
    typedef struct {
        const char *name;
        int weight;
    } entry_t;
    entry_t table[] = {{"a", 1}, {"b", 2}};
    struct { int a, b; } pair = {7, 8};
    struct opaque *none = NULL; /* declares struct opaque here */
    u.f = 1.5f;
    for (int i = 0; i < n; i++)
        path[i].x += await get(i);
    last->y += await get(100);
    extra += await get(c);
    table[1].weight *= await get(3);
    printf("%d %d %d %d %d %d %.1f %s %d\n", path[0].x, path[1].x, path[2].x,
           last->y, base, extra, (double)u.f, table[1].name,
           table[1].weight);
    printf("%d %d %d\n", pair.a, pair.b, none == NULL);
    {
        struct point { /* another type of the same name, in a block */
            double x;
        } q = {0.5};
        q.x += await get(2);
        printf("%.1f\n", q.x);
    }
    return path[0].x + path[1].x + path[2].x;
}

int main(void)
{
    printf("%d\n", ac_run(sum_points(3)));
    return 0;
}
