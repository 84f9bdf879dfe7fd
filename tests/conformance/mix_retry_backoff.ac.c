/* Retry with doubling back-off sleeps, goto-based retry and an early return on success. */
#include <asyncc.h>
#include <stdio.h>

static int attempts_needed[3] = {1, 3, 9};

static async int try_once(int job, int attempt)
{
    await ac_yield();
    return attempt >= attempts_needed[job];
}

static async int with_retry(int job, int max_attempts)
{
    int attempt = 0;
    uint64_t delay = 2;
again:
    attempt++;
    if (await try_once(job, attempt)) {
        printf("job %d ok after %d attempt(s)\n", job, attempt);
        return attempt;
    }
    if (attempt == max_attempts) {
        printf("job %d gives up\n", job);
        return -1;
    }
    printf("job %d retry in %d ms\n", job, (int)delay);
    await ac_sleep(delay);
    delay *= 2;
    goto again;
}

static async void amain(void)
{
    int total = 0;
    for (int j = 0; j < 3; j++)
        total += await with_retry(j, 4);
    printf("total %d\n", total);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
