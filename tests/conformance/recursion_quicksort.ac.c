/* Recursive quicksort of a caller's local array, awaiting in the partition loop. */
#include <asyncc.h>
#include <stdio.h>

static async int cmp(int a, int b)
{
    await ac_yield();
    return (a > b) - (a < b);
}

static async void qsort_async(int *v, int lo, int hi)
{
    if (lo >= hi)
        return;
    int pivot = v[hi], i = lo;
    for (int j = lo; j < hi; j++) {
        if (await cmp(v[j], pivot) < 0) {
            int t = v[i];
            v[i] = v[j];
            v[j] = t;
            i++;
        }
    }
    int t = v[i];
    v[i] = v[hi];
    v[hi] = t;
    await qsort_async(v, lo, i - 1);
    await qsort_async(v, i + 1, hi);
}

static async void amain(void)
{
    int v[10] = {9, 3, 7, 1, 8, 2, 6, 0, 5, 4};
    await qsort_async(v, 0, 9);
    for (int i = 0; i < 10; i++)
        printf("%d ", v[i]);
    printf("\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
