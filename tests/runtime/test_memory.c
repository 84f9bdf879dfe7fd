/*
 * test_memory.c - what tasks and frames cost: the task header's size, the
 * frame pool's reuse, and the resident memory of 100,000 sleeping tasks
 * (SPEC §5: under 128 bytes each, all included). White-box: reads
 * internal.h.
 */
#include <fcntl.h>
#include <unistd.h>

#include "internal.h"
#include "rt_test.h"

Test(memory, task_header_is_48_bytes_on_lp64)
{
    if (sizeof(void *) == 8)
        cr_assert_eq(sizeof(struct ac_task), 48);
    cr_assert_eq(AC__TASK_FRAME_OFF % _Alignof(max_align_t), 0);
}

/* async int pool(int n): allocates and frees frames directly. */
struct pool__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int n;
};

static int pool__ac_resume(ac_frame *f, ac_task *t)
{
    struct pool__ac_frame *fr = (struct pool__ac_frame *)f;
    ac_frame *a, *b, *c, *big;
    a = ac__frame_alloc(40);
    a->ac_alloc = 40;
    cr_assert_eq((uintptr_t)a % 8, 0);
    ac__frame_free(a);
    b = ac__frame_alloc(36); /* the same 40-byte class */
    cr_assert_eq(b, a);
    b->ac_alloc = 36;
    c = ac__frame_alloc(48); /* may hold a long double: 16-aligned */
    c->ac_alloc = 48;
    cr_assert_eq((uintptr_t)c % _Alignof(max_align_t), 0);
    big = ac__frame_alloc(5000);
    big->ac_alloc = 5000;
    cr_assert_eq((uintptr_t)big % _Alignof(max_align_t), 0);
    ac__frame_free(big);
    ac__frame_free(c);
    ac__frame_free(b);
    *fr->ac_ret = fr->n;
    return ac__return(t, f);
}

static ac_frame *pool__ac_init(void *mem, int *ret, int n)
{
    struct pool__ac_frame *fr = mem;
    rt_frame(mem, pool__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    return &fr->ac_hdr;
}

Test(memory, frames_go_back_to_their_class)
{
    int r = -1;
    RT_RUN(r, pool, 3);
    cr_assert_eq(r, 3);
    rt_check_leaks();
}

/* Resident set size, bytes. */
static long rss_bytes(void)
{
    char buf[256];
    long size = 0, resident = 0;
    ssize_t n;
    int fd = open("/proc/self/statm", O_RDONLY);
    cr_assert_geq(fd, 0);
    n = read(fd, buf, sizeof buf - 1);
    close(fd);
    cr_assert_gt(n, 0);
    buf[n] = '\0';
    cr_assert_eq(sscanf(buf, "%ld %ld", &size, &resident), 2);
    return resident * sysconf(_SC_PAGESIZE);
}

/* async int sleeper(int id)   (bench/asyncc/sleep_rss.ac.c)
 * {
 *     int a = id, b = id * 3, c = id ^ 0x5a5a, d = id + 7;
 *     await ac_sleep(60000);
 *     return a + b + c + d;
 * } */
struct sleeper__ac_frame {
    ac_frame ac_hdr;
    int *ac_ret;
    int id, a, b, c, d;
    int ac_t1;
};

static int sleeper__ac_resume(ac_frame *f, ac_task *t)
{
    struct sleeper__ac_frame *fr = (struct sleeper__ac_frame *)f;
    if (f->ac_state == 0) {
        fr->a = fr->id;
        fr->b = fr->id * 3;
        fr->c = fr->id ^ 0x5a5a;
        fr->d = fr->id + 7;
        f->ac_state = 1;
        return ac_sleep__ac_await(t, &fr->ac_t1, 60000);
    }
    *fr->ac_ret = fr->a + fr->b + fr->c + fr->d;
    return ac__return(t, f);
}

static ac_frame *sleeper__ac_init(void *mem, int *ret, int id)
{
    struct sleeper__ac_frame *fr = mem;
    rt_frame(mem, sleeper__ac_resume);
    fr->ac_ret = ret;
    fr->id = id;
    return &fr->ac_hdr;
}

#define SLEEPERS 100000

/* async int crowd(int n): spawns n sleepers, gives bytes per sleeper. */
struct crowd__ac_frame {
    ac_frame ac_hdr;
    long *ac_ret;
    int n, ac_t1;
    long before;
};

static int crowd__ac_resume(ac_frame *f, ac_task *t)
{
    struct crowd__ac_frame *fr = (struct crowd__ac_frame *)f;
    ac_task *task;
    int i;
    if (f->ac_state == 0) {
        fr->before = rss_bytes();
        for (i = 0; i < fr->n; i++)
            RT_SPAWN(task, int, sleeper, i);
        f->ac_state = 1;
        return ac_sleep__ac_await(t, &fr->ac_t1, 10);
    }
    *fr->ac_ret = (rss_bytes() - fr->before) / fr->n;
    return ac__return(t, f);
}

static ac_frame *crowd__ac_init(void *mem, long *ret, int n)
{
    struct crowd__ac_frame *fr = mem;
    rt_frame(mem, crowd__ac_resume);
    fr->ac_ret = ret;
    fr->n = n;
    return &fr->ac_hdr;
}

Test(memory, sleeping_task_costs_under_128_bytes, .timeout = 30)
{
    long per_task = -1;
#ifdef RT_ASAN
    cr_skip_test("resident memory means nothing under AddressSanitizer");
#endif
    RT_RUN(per_task, crowd, SLEEPERS);
    cr_log_info("%ld bytes per sleeping task", per_task);
    cr_assert_lt(per_task, 128, "%ld bytes per sleeping task", per_task);
    rt_check_leaks();
}
