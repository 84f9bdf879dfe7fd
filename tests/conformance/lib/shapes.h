/* Async functions over structs, defined in lib/shapes.ac.c, used by crossfile_structs.ac.c. */
#ifndef CONF_SHAPES_H
#define CONF_SHAPES_H
#include <asyncc.h>

struct shape {
    char kind;
    double w, h;
};

async double shape_area(struct shape s);
async struct shape shape_scale(const struct shape *s, double k);
async void shape_describe(struct shape s, char *out, int n);

#endif
