/* An async function whose body's braces come from macros (#define BEGIN {, #define END }), with an await inside. */
#include <asyncc.h>
#include <stdio.h>
#define BEGIN {
#define END }
static async int get(int x) { await ac_yield(); return x; }
static async void amain(void)
BEGIN
    printf("%d\n", await get(1));
END
int main(void) { ac_run(amain()); return 0; }
