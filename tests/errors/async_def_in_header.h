/* Included by async_def_in_header.ac.c: an async definition in a header,
 * which asyncc cannot transform. */
static async int twice(int x) { await ac_yield(); return 2 * x; }
