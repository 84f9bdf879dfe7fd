#include <asyncc.h>
async int x = 3;
async void f(void) { await x; }
