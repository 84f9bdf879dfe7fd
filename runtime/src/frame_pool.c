/*
 * frame_pool.c - the per-loop memory of frames and tasks.
 *
 * Awaiting a function whose frame cannot be embedded in its caller's (a
 * recursive or separately compiled callee) allocates the frame here, and
 * the frame goes back when the call completes; spawned tasks come from
 * here too. Blocks are handed out by size class, a multiple of 16 bytes
 * up to 1 KiB, each class with its own free list; fresh blocks are carved
 * from 64 KiB chunks, so a block costs its rounded size and nothing more.
 * Larger blocks go straight to malloc/free. All chunks are freed when the
 * loop closes.
 */
#include <stdlib.h>

#include "internal.h"

/* The head of a chunk; the blocks follow. */
struct ac__chunk {
    struct ac__chunk *next;
};

#define CHUNK_SIZE (64 * 1024)
#define CHUNK_HEAD AC__ALIGN_UP(sizeof(struct ac__chunk), AC__ALIGN)

_Static_assert(AC__POOL_GRAIN % AC__ALIGN == 0,
               "pool blocks must keep max_align_t alignment");

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
        next = c->next;
        free(c);
    }
    ac__pool_init(pool);
}

/* Size class of a block of 1..AC__POOL_MAX bytes. */
static size_t size_class(size_t size)
{
    return (size + AC__POOL_GRAIN - 1) / AC__POOL_GRAIN;
}

static void push_free(struct ac__pool *pool, void *p, size_t cls)
{
    *(void **)p = pool->free[cls];
    pool->free[cls] = p;
}

/* Starts a new chunk; what is left of the old one goes to its free list. */
static void new_chunk(struct ac__pool *pool)
{
    struct ac__chunk *c;
    if (pool->left > 0)
        push_free(pool, pool->bump, pool->left / AC__POOL_GRAIN);
    c = ac__xmalloc(CHUNK_SIZE);
    c->next = pool->chunks;
    pool->chunks = c;
    pool->bump = (char *)c + CHUNK_HEAD;
    pool->left = CHUNK_SIZE - CHUNK_HEAD;
}

/* A fresh block of `bytes` (a multiple of the grain) from the chunk. */
static void *carve(struct ac__pool *pool, size_t bytes)
{
    void *p;
    if (pool->left < bytes)
        new_chunk(pool);
    p = pool->bump;
    pool->bump += bytes;
    pool->left -= bytes;
    return p;
}

void *ac__pool_alloc(struct ac__pool *pool, size_t size)
{
    size_t cls;
    void *p;
    if (size > AC__POOL_MAX)
        return ac__xmalloc(size);
    cls = size_class(size == 0 ? 1 : size);
    p = pool->free[cls];
    if (p == NULL)
        return carve(pool, cls * AC__POOL_GRAIN);
    pool->free[cls] = *(void **)p;
    return p;
}

void ac__pool_free(struct ac__pool *pool, void *p, size_t size)
{
    if (size > AC__POOL_MAX)
        free(p);
    else
        push_free(pool, p, size_class(size == 0 ? 1 : size));
}

void *ac__frame_alloc(size_t size)
{
    if (size > UINT32_MAX)
        ac__die("out of memory (frame too large)");
    return ac__pool_alloc(&ac__loop_current()->pool, size);
}

void ac__frame_free(ac_frame *fr)
{
    ac__pool_free(&ac__loop_current()->pool, fr, fr->alloc);
}
