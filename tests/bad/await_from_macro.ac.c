#include <asyncc.h>
#define AWAIT_IT(e) await e
static async int g(void) { return 1; }
async void f(void) { int x = AWAIT_IT(g()); (void)x; }
