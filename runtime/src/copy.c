/* copy.c - ac__copy, for generated code that initialises frame locals. */
#include <string.h>

#include "asyncc.h"

void *ac__copy(void *dst, const void *src, size_t n)
{
    return memcpy(dst, src, n);
}
