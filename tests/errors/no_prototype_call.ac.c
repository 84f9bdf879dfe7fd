/* `async int remote();` declares no parameters; with no definition in
 * the file, the tool cannot know what the frame takes: calling it with
 * arguments is an error that says to declare them. (A definition with
 * `()`, as `static async int legacy() { ... }`, takes none, and works:
 * conformance/empty_parens.) */
#include <asyncc.h>
async int remote();
static async int amain(void)
{
    return await remote(1, 2); // expect: 10:18: error: async function 'remote' is declared without a prototype; declare its parameters
}
