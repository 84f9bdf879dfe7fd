/* The reading idiom while ((c = await next()) != 0) over an async character source. */
#include <asyncc.h>
#include <stdio.h>

static const char *text = "hello, async";
static int pos;

static async int next_char(void)
{
    if (pos % 3 == 0)
        await ac_yield();
    return text[pos] ? text[pos++] : 0;
}

static async void amain(void)
{
    int c, vowels = 0, n = 0;
    while ((c = await next_char()) != 0) {
        n++;
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
            vowels++;
    }
    printf("n=%d vowels=%d\n", n, vowels);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
