/* Pointer parameters and pointer returns: const char *, int **, and pointer to array. */
#include <asyncc.h>
#include <stdio.h>

static async const char *skip_spaces(const char *s)
{
    while (*s == ' ') {
        await ac_yield();
        s++;
    }
    return s;
}

static async void swap_ptrs(int **a, int **b)
{
    await ac_yield();
    int *t = *a;
    *a = *b;
    *b = t;
}

static async int row_sum(int (*row)[3])
{
    await ac_yield();
    return (*row)[0] + (*row)[1] + (*row)[2];
}

static async void amain(void)
{
    printf("[%s]\n", await skip_spaces("   hi there"));
    int x = 1, y = 2;
    int *px = &x, *py = &y;
    await swap_ptrs(&px, &py);
    printf("%d %d\n", *px, *py);
    int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
    printf("%d\n", await row_sum(&m[1]));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
