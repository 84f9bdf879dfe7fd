#include <asyncc.h>
/* never closed
async void f(void) { await ac_yield(); }
