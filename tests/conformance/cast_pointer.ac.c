/* Casts of awaited pointers: void * to a typed pointer, and to uintptr_t and back. */
#include <asyncc.h>
#include <stdint.h>
#include <stdio.h>

static double data[3] = {1.25, 2.5, 3.75};

static async void *opaque(int i)
{
    await ac_yield();
    return &data[i];
}

static async void amain(void)
{
    double *p = (double *)await opaque(1);
    printf("%.2f\n", *p);
    printf("%.2f\n", *(double *)await opaque(2));
    uintptr_t u = (uintptr_t)await opaque(0);
    printf("%.2f\n", *(double *)u);
    const char *bytes = (const char *)await opaque(0);
    printf("same=%d\n", (const void *)bytes == (const void *)&data[0]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
