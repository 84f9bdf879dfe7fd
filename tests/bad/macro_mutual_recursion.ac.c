/* Two macros that name each other around an await: the preprocessor
 * stops at the painted name (here a variable); asyncc's one-level
 * expansion cannot, and says so after a bounded number of rounds. */
#include <asyncc.h>
static async int get(int x) { return x; }
int PING, PONG;
#define PING (await get(1) + PONG)
#define PONG (PING * 2)
async int amain(void) { return PONG; }
