#include <asyncc.h>
async void f(void) { await; }
