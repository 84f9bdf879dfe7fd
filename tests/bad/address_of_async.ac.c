#include <asyncc.h>
static async int g(void) { return 1; }
async void f(void) { int (*p)(void) = &g; (void)p; await ac_yield(); }
