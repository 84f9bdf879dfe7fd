/* An await hidden in a macro that asyncc cannot expand one level the way
 * the preprocessor does (an object-like macro naming itself). */
#include <asyncc.h>
static async int get(int x) { return x; }
int total;
#define total (await get(1) + total)
async int amain(void)
{
    return total; // expect: 9:12: error: macro 'total' hides an await or a local of the function from asyncc, which cannot expand it: it names itself
}
