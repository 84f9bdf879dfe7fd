/* A recursive-descent expression evaluator whose grammar functions are mutually recursive async functions. */
#include <asyncc.h>
#include <stdio.h>

struct lexer {
    const char *s;
    int pos;
};

static async int peek(struct lexer *lx)
{
    while (lx->s[lx->pos] == ' ')
        lx->pos++;
    await ac_yield();
    return lx->s[lx->pos];
}

static async long expr(struct lexer *lx);

static async long factor(struct lexer *lx)
{
    int c = await peek(lx);
    if (c == '(') {
        lx->pos++;
        long v = await expr(lx);
        if (await peek(lx) == ')')
            lx->pos++;
        return v;
    }
    if (c == '-') {
        lx->pos++;
        return -await factor(lx);
    }
    long v = 0;
    while (lx->s[lx->pos] >= '0' && lx->s[lx->pos] <= '9')
        v = v * 10 + (lx->s[lx->pos++] - '0');
    return v;
}

static async long term(struct lexer *lx)
{
    long v = await factor(lx);
    int c;
    while ((c = await peek(lx)) == '*' || c == '/') {
        lx->pos++;
        long r = await factor(lx);
        v = c == '*' ? v * r : v / r;
    }
    return v;
}

static async long expr(struct lexer *lx)
{
    long v = await term(lx);
    for (int c = await peek(lx); c == '+' || c == '-'; c = await peek(lx)) {
        lx->pos++;
        v += (c == '+' ? 1 : -1) * await term(lx);
    }
    return v;
}

static async void amain(void)
{
    const char *inputs[] = {"1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) / 2", "2 * (3 + (4 - 1)) * 5 - 7", "42"};
    for (int i = 0; i < 5; i++) {
        struct lexer lx = {inputs[i], 0};
        printf("%s = %ld\n", inputs[i], await expr(&lx));
    }
}

int main(void)
{
    ac_run(amain());
    return 0;
}
