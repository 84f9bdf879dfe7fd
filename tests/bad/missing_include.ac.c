#include "does_not_exist.h"
async void f(void) { }
