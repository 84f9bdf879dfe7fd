#include <asyncc.h>
async void f(void) { goto nowhere; await ac_yield(); }
