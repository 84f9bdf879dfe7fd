/* Expanded macros keep their definition's spacing, so that a macro of the
 * expansion that makes a string of its argument shows it as the
 * preprocessor would (SHOW_GET), and never run into their neighbours
 * (`x-NEG`). A string of an await never evaluated (under sizeof or as
 * _Generic's controlling expression) shows the await as written. A
 * local named like a function-like macro is left to the macro. */
#include <asyncc.h>
#include <stdio.h>

#define min(a, b) ((a) < (b) ? (a) : (b))
#define SHOW(e) printf("%s = %d\n", #e, (int)(e))
#define SHOW_GET() SHOW(await get(1))
#define NEG -await get(1)
#define LESS(v) v-await get(2)

static async int get(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    int x = 5;
    int min = 3;
    int y = x-NEG;
    printf("%d\n", y);
    y = LESS(x-1);
    printf("%d\n", y);
    SHOW_GET();
    SHOW(sizeof(await get(1)));
    SHOW(sizeof(await get(1) + await get(2)));
    SHOW(_Generic(await get(1), int: 1, default: 2));
    await ac_yield();
    printf("%d\n", min(min, 5));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
