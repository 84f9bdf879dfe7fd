/* A macro asyncc must expand, whose argument uses __COUNTER__ where the
 * numbers would change (the body counts too, or uses the argument twice):
 * the preprocessor counts an argument once, before the body. */
#include <asyncc.h>
#include <stdio.h>
#define TAG(x) printf("%d %d\n", __COUNTER__, (x))
#define TWICE(x) ((x) + (x))
static async int get(int x) { return x; }
async void amain(void)
{
    TAG(__COUNTER__ + await get(0)); // expect: 11:23: error: macro 'TAG' hides an await or a local of the function from asyncc, which cannot expand it: an argument uses __COUNTER__, which the preprocessor counts once and before the macro's body
    int t = TWICE(__COUNTER__ + await get(1)); // expect: 12:33: error: macro 'TWICE' hides an await or a local of the function from asyncc, which cannot expand it: an argument uses __COUNTER__, which the preprocessor counts once and before the macro's body
    (void)t;
}
