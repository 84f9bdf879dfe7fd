/* A state-machine tokenizer over an async character stream: numbers, names, operators. */
#include <asyncc.h>
#include <ctype.h>
#include <stdio.h>

enum state { S_START, S_NUM, S_NAME };

struct stream {
    const char *s;
    int pos;
};

static async int getch(struct stream *st)
{
    if (st->pos % 4 == 0)
        await ac_yield();
    int c = st->s[st->pos];
    if (c)
        st->pos++;
    return c;
}

static async int tokenize(const char *text)
{
    struct stream st = {text, 0};
    enum state state = S_START;
    char tok[32];
    int len = 0, ntok = 0, c;
    do {
        c = await getch(&st);
        switch (state) {
        case S_NUM:
            if (isdigit(c)) {
                tok[len++] = (char)c;
                continue;
            }
            tok[len] = 0;
            printf("NUM %s\n", tok);
            ntok++;
            state = S_START;
            break;
        case S_NAME:
            if (isalnum(c) || c == '_') {
                tok[len++] = (char)c;
                continue;
            }
            tok[len] = 0;
            printf("NAME %s\n", tok);
            ntok++;
            state = S_START;
            break;
        case S_START:
            break;
        }
        len = 0;
        if (isdigit(c)) {
            state = S_NUM;
            tok[len++] = (char)c;
        } else if (isalpha(c) || c == '_') {
            state = S_NAME;
            tok[len++] = (char)c;
        } else if (c && !isspace(c)) {
            printf("OP %c\n", c);
            ntok++;
        }
    } while (c != 0);
    return ntok;
}

static async void amain(void)
{
    printf("tokens=%d\n", await tokenize("x1 = 42+ foo_bar*(7 -y)"));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
