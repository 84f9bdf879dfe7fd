/* Array parameters (which decay to pointers) and a parameter modified before an await. */
#include <asyncc.h>
#include <stdio.h>

static async int total(int a[], int n)
{
    int s = 0;
    while (n-- > 0) {
        await ac_yield();
        s += *a++;
    }
    return s;
}

static async void upcase(char s[static 1])
{
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
        await ac_yield();
    }
}

static async void amain(void)
{
    int v[5] = {1, 2, 3, 4, 5};
    printf("%d\n", await total(v, 5));
    char word[] = "async c";
    await upcase(word);
    printf("%s\n", word);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
