#include <asyncc.h>
async void f(void) { await ac_gather(1, 2); }
