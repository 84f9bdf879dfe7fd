/* User macros around awaits mean what C says: # spells the argument as written, a comma in the body runs before the argument, a macro argument of an awaited call is kept, declarations made by macros (name, type or whole) keep their values, a compound literal in a macro body lives in the frame. */
#include <asyncc.h>
#include <stdio.h>
static int counter;
static async int get(int x) { printf("get sees %d\n", counter); await ac_yield(); return x; }
#define SHOW(x) printf("%s = %d\n", #x, x)
#define BUMP_THEN(x) (counter++, (x))
#define LOG(x) printf("%d\n", (x))
#define LIMIT 42
#define DECL(n) int n = 7
#define DECL_T(type, n, v) type n = v
#define TWO(a, va, b, vb) int a = va; int b = vb
#define FIRST_OF(...) (((int[]){__VA_ARGS__})[0])
static async void amain(void)
{
    SHOW(await get(4));
    printf("%d\n", BUMP_THEN(await get(1)));
    LOG(await get(LIMIT));
    DECL(x); DECL_T(int, y, 3); TWO(z, 5, w, 6);
    int n = FIRST_OF(5, 6, 7);
    await ac_yield();
    printf("%d %d %d %d %d\n", x, y, z, w, n);
}
int main(void) { ac_run(amain()); return 0; }
