/* An RPN calculator: async token source, a local stack array, switch on operators, early error returns. */
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tokens {
    char buf[64];
    char *save;
    int first;
};

static async const char *next_token(struct tokens *t)
{
    await ac_yield();
    char *tok = strtok(t->first ? t->buf : NULL, " ");
    t->first = 0;
    return tok;
}

static async int eval(const char *src, long *out)
{
    struct tokens t;
    strcpy(t.buf, src);
    t.first = 1;
    long stack[16];
    int sp = 0;
    const char *tok;
    while ((tok = await next_token(&t)) != NULL) {
        if (strchr("+-*/", tok[0]) && tok[1] == 0) {
            if (sp < 2)
                return -1;
            long b = stack[--sp], a = stack[--sp];
            switch (tok[0]) {
            case '+':
                stack[sp++] = a + b;
                break;
            case '-':
                stack[sp++] = a - b;
                break;
            case '*':
                stack[sp++] = a * b;
                break;
            case '/':
                if (b == 0)
                    return -2;
                stack[sp++] = a / b;
                break;
            }
        } else
            stack[sp++] = strtol(tok, NULL, 10);
    }
    if (sp != 1)
        return -3;
    *out = stack[0];
    return 0;
}

static async void amain(void)
{
    const char *progs[] = {"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "1 2", "7"};
    for (int i = 0; i < 6; i++) {
        long v = 0;
        int rc = await eval(progs[i], &v);
        if (rc == 0)
            printf("%s => %ld\n", progs[i], v);
        else
            printf("%s => error %d\n", progs[i], rc);
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
