/* A local struct holding a pointer into itself stays consistent across awaits. */
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

struct buf {
    char data[32];
    char *cursor;
};

static async void put(struct buf *b, const char *s)
{
    await ac_yield();
    size_t n = strlen(s);
    memcpy(b->cursor, s, n);
    b->cursor += n;
    *b->cursor = '\0';
}

static async void amain(void)
{
    struct buf b;
    b.cursor = b.data;
    await put(&b, "ab");
    await put(&b, "cd");
    await ac_yield();
    await put(&b, "ef");
    printf("%s len=%d\n", b.data, (int)(b.cursor - b.data));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
