/* A local whose cleanup attribute (GNU; systemd's _cleanup_) must run when
 * its scope ends cannot live in the frame: the frame's scope ends in
 * several places the tool would have to find, and on cancellation. An
 * error, not a leak; one that no await outlives keeps its attribute
 * (conformance/cleanup_local). */
#include <asyncc.h>
#include <stdlib.h>

#define _cleanup_(f) __attribute__((cleanup(f)))

static void freep(char **p) { free(*p); }

async int amain(void)
{
    _cleanup_(freep) char *buf = malloc(8); // expect: 15:28: error: local 'buf' with a cleanup attribute lives across an await, where asyncc cannot run its cleanup; release it explicitly before its scope ends
    await ac_yield();
    return buf != NULL;
}

/* Not read after the await, it is still alive until its scope ends, when
 * its cleanup reads it. */
static void closep(int *fd) { (void)fd; }

async void work(void)
{
    __attribute__((cleanup(closep))) int fd = 7; // expect: 26:42: error: local 'fd' with a cleanup attribute lives across an await, where asyncc cannot run its cleanup; release it explicitly before its scope ends
    (void)fd;
    await ac_yield();
}
