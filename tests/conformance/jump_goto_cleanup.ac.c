/* The C cleanup idiom: goto a shared exit label after awaits, from several failure points. */
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>

static async int step(int n, int fail_at)
{
    await ac_yield();
    printf("step %d\n", n);
    return n == fail_at ? -1 : 0;
}

static async int work(int fail_at)
{
    int rc = 0;
    char *a = malloc(16), *b = NULL;
    if (await step(1, fail_at) < 0) {
        rc = 1;
        goto out_a;
    }
    b = malloc(32);
    if (await step(2, fail_at) < 0) {
        rc = 2;
        goto out_b;
    }
    await step(3, fail_at);
out_b:
    free(b);
    printf("freed b\n");
out_a:
    free(a);
    printf("freed a\n");
    return rc;
}

static async void amain(void)
{
    for (int f = 1; f <= 3; f++)
        printf("work(%d)=%d\n", f, await work(f));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
