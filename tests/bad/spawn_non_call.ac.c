#include <asyncc.h>
async void f(void) { ac_task *t = ac_spawn(42); (void)t; }
