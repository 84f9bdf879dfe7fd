/* Frames and task results are aligned to max_align_t (16 bytes on the
 * usual ABIs): an async function cannot return a type that needs more,
 * and a local whose own alignment is not an integer literal cannot live
 * across an await. None of them is silently misaligned. (Locals of such
 * types, or with _Alignas(64), are placed at their alignment in the
 * frame: over_aligned_locals and declared_alignment in conformance/.) */
#include <asyncc.h>

#define CACHE_LINE 64

struct line { _Alignas(64) char bytes[64]; };

static async struct line fill(char c) // expect: 13:1: error: async function 'fill' returns a type that needs 64-byte alignment, more than the 16 bytes (max_align_t) its result gets in its awaiter's frame or its task; return it through a pointer
{
    struct line l = {{c}};
    return l;
}

async int amain(void)
{
    _Alignas(CACHE_LINE) char buf[40]; // expect: 21:31: error: 'buf' lives across an await and has an alignment of its own that is not an integer literal
    _Alignas(double) char d[8]; // expect: 22:27: note: or give the alignment to its type, which the frame keeps
    _Alignas(32) char ok[40];
    struct line cl;
    buf[0] = 1;
    cl.bytes[0] = 2;
    await ac_yield();
    return buf[0] + cl.bytes[0] + d[0] + ok[0];
}
