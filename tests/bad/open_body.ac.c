#include <asyncc.h>
async void f(void) {
    await ac_yield();
