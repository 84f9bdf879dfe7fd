/* Rows of a matrix product computed by gathered calls writing into a local result matrix. */
#include <asyncc.h>
#include <stdio.h>

static const int A[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
static const int B[3][3] = {{9, 8, 7}, {6, 5, 4}, {3, 2, 1}};

static async void row(int r, int out[3])
{
    for (int c = 0; c < 3; c++) {
        int s = 0;
        for (int k = 0; k < 3; k++)
            s += A[r][k] * B[k][c];
        out[c] = s;
        await ac_yield();
    }
    printf("row %d done\n", r);
}

static async void amain(void)
{
    int C[3][3];
    await ac_gather(row(0, C[0]), row(1, C[1]), row(2, C[2]));
    for (int r = 0; r < 3; r++)
        printf("%d %d %d\n", C[r][0], C[r][1], C[r][2]);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
