/* Frames and task results are aligned to max_align_t (16 bytes on the
 * usual ABIs): a local with an alignment of its own cannot live across an
 * await, and an async function cannot return a type that needs more. None
 * of them is silently misaligned. (A local of such a type is placed at its
 * alignment in the frame: over_aligned_locals in conformance/.) */
#include <asyncc.h>

struct line { _Alignas(64) char bytes[64]; };

static async struct line fill(char c) // expect: 10:1: error: async function 'fill' returns a type that needs 64-byte alignment, more than the 16 bytes (max_align_t) its result gets in its awaiter's frame or its task; return it through a pointer
{
    struct line l = {{c}};
    return l;
}

async int amain(void)
{
    _Alignas(32) char buf[40]; // expect: 18:23: error: 'buf' has an alignment of its own (_Alignas or aligned) and lives across an await; the frame does not keep a declared alignment: keep it in a block without an await, or in static or allocated memory the frame points to
    long big __attribute__((aligned(16))) = 7; // expect: 19:10: error: 'big' has an alignment of its own (_Alignas or aligned) and lives across an await; the frame does not keep a declared alignment: keep it in a block without an await, or in static or allocated memory the frame points to
    struct line cl;
    buf[0] = 1;
    cl.bytes[0] = 2;
    await ac_yield();
    return buf[0] + cl.bytes[0] + (int)big;
}
