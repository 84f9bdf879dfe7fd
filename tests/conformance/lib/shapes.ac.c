/* Helpers for crossfile_structs: struct parameters and returns across files. */
#include "shapes.h"

#include <stdio.h>

async double shape_area(struct shape s)
{
    await ac_yield();
    return s.kind == 't' ? s.w * s.h / 2 : s.w * s.h;
}

async struct shape shape_scale(const struct shape *s, double k)
{
    struct shape r = *s;
    await ac_yield();
    r.w *= k;
    r.h *= k;
    return r;
}

async void shape_describe(struct shape s, char *out, int n)
{
    double a = await shape_area(s);
    snprintf(out, (size_t)n, "%c %.1fx%.1f area %.2f", s.kind, s.w, s.h, a);
}
