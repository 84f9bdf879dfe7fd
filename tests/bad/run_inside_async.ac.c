#include <asyncc.h>
async async async void f(void) { await ac_run(f()); }
