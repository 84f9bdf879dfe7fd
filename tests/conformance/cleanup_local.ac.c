/* A local with a cleanup attribute that no await outlives stays a C
 * local of the resume function: its cleanup runs when its scope ends. */
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void freep(char **p)
{
    printf("free %s\n", *p);
    free(*p);
}

static async int get(int v)
{
    await ac_yield();
    return v;
}

static async void amain(void)
{
    int n = await get(3);
    for (int i = 0; i < n; i++) {
        __attribute__((cleanup(freep))) char *buf = malloc(16);
        snprintf(buf, 16, "item %d", i);
        printf("made %s\n", buf);
    }
    int total = await get(n * 2);
    {
        __attribute__((cleanup(freep))) char *last = malloc(8);
        strcpy(last, "last");
        printf("%s %d\n", last, total);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
