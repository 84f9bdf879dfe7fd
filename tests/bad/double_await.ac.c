#include <asyncc.h>
async void f(void) { await await ac_yield(); }
