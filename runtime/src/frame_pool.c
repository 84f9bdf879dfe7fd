/*
 * frame_pool.c - the per-loop memory of frames and tasks.
 *
 * Awaiting a function whose frame cannot be embedded in its caller's (a
 * recursive or separately compiled callee) allocates the frame here, and
 * the frame goes back when the call completes; spawned tasks come from
 * here too. Blocks are handed out by size class, a multiple of 8 bytes
 * up to 1 KiB, each class with its own free list; fresh blocks are carved
 * from 64 KiB chunks, so a block costs its rounded size and nothing more.
 * Larger blocks go straight to malloc/free. All chunks are freed when the
 * loop closes.
 *
 * Alignment follows size (internal.h): a block whose size is a multiple
 * of 16 starts at a multiple of 16; other blocks at a multiple of 8.
 */
#include "internal.h"

/* The head of a chunk; the blocks follow. */
struct ac__chunk {
    struct ac__chunk *next;
};

#define CHUNK_SIZE (64 * 1024)
#define CHUNK_HEAD AC__ALIGN_UP(sizeof(struct ac__chunk), AC__ALIGN)

_Static_assert(AC__ALIGN % AC__POOL_GRAIN == 0 &&
                   AC__ALIGN <= 2 * AC__POOL_GRAIN,
               "a block is at most one grain away from max_align_t");
_Static_assert(_Alignof(void *) <= AC__POOL_GRAIN,
               "a free block must hold its free-list link");

void *ac__xmalloc(size_t size)
{
    void *p = malloc(size);
    if (p == NULL)
        ac__die("out of memory");
    return p;
}

void ac__pool_init(struct ac__pool *pool)
{
    size_t i;
    for (i = 0; i <= AC__POOL_CLASSES; i++)
        pool->free[i] = NULL;
    pool->bump = NULL;
    pool->left = 0;
    pool->chunks = NULL;
}

void ac__pool_close(struct ac__pool *pool)
{
    struct ac__chunk *c, *next;
    for (c = pool->chunks; c != NULL; c = next) {
        AC__UNPOISON(c, CHUNK_SIZE);
        next = c->next;
        free(c);
    }
    ac__pool_init(pool);
}

static void push_free(struct ac__pool *pool, void *p, size_t cls)
{
    AC__UNPOISON(p, sizeof(void *));
    *(void **)p = pool->free[cls];
    pool->free[cls] = p;
    AC__POISON(p, cls * AC__POOL_GRAIN);
}

/* Bytes to skip from `p` to align a block of `bytes`. */
static size_t pad_for(const char *p, size_t bytes)
{
    return (size_t)(0 - (uintptr_t)p) & (ac__align_for(bytes) - 1);
}

/* Starts a new chunk; what is left of the old one goes to a free list. */
static void new_chunk(struct ac__pool *pool)
{
    struct ac__chunk *c;
    size_t pad = pad_for(pool->bump, pool->left);
    if (pool->left > pad)
        push_free(pool, pool->bump + pad, (pool->left - pad) / AC__POOL_GRAIN);
    c = ac__xmalloc(CHUNK_SIZE);
    c->next = pool->chunks;
    pool->chunks = c;
    pool->bump = (char *)c + CHUNK_HEAD;
    pool->left = CHUNK_SIZE - CHUNK_HEAD;
    AC__POISON(pool->bump, pool->left);
}

/* A fresh block of `bytes` (a multiple of the grain) from the chunk. */
static void *carve(struct ac__pool *pool, size_t bytes)
{
    size_t pad = pad_for(pool->bump, bytes);
    char *p;
    if (pool->left < pad + bytes) {
        new_chunk(pool);
        pad = 0;
    }
    p = pool->bump + pad;
    pool->bump = p + bytes;
    pool->left -= pad + bytes;
    AC__UNPOISON(p, bytes);
    return p;
}

void *ac__pool_alloc_slow(struct ac__pool *pool, size_t size)
{
    if (size > AC__POOL_MAX)
        return ac__xmalloc(size);
    return carve(pool, ac__pool_class(size) * AC__POOL_GRAIN);
}

void *ac__frame_alloc(size_t size)
{
    if (size - 1 >= UINT32_MAX) /* 0, or too large for ac_frame.ac_alloc */
        ac__die("ac__frame_alloc: bad frame size");
    return ac__pool_alloc(&ac__loop_current()->pool, size);
}

void ac__frame_free(ac_frame *fr)
{
    ac__pool_free(&ac__loop_current()->pool, fr, fr->ac_alloc);
}
