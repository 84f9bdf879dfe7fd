/* A local of a type the function declares lives in the frame as bytes
 * (conformance/local_types_in_frame), but a value of that type that an
 * expression keeps across an await (the ?: here) has no spelling in the
 * frame's struct: an error at the statement, with the way out. */
#include <asyncc.h>
static async int get(int v) { return v; }
async int amain(int c)
{
    struct p { int a; } r0 = {0};
    struct p r = c ? (struct p){await get(1)} : r0; // expect: 10:5: error: a value of type 'struct p', declared in the function, is needed across an await; declare the type at file scope
    return r.a;
}
