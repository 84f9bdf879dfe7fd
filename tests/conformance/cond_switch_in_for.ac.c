/* A switch on an awaited value inside a for loop whose condition and step are awaited. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_yield();
    return x;
}

static async void amain(void)
{
    const char *ops = "+-*+x";
    int acc = 1;
    for (int i = 0; await val(ops[i]) != 0; i = await val(i + 1)) {
        switch (await val(ops[i])) {
        case '+':
            acc += await val(i + 1);
            break;
        case '-':
            acc -= await val(2);
            continue;
        case '*':
            acc *= await val(3);
            /* fall through */
        default:
            printf("at %d acc=%d\n", i, acc);
        }
    }
    printf("acc=%d\n", acc);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
