/* Frames of several shapes; main prints their real sizes (sizeof of the
 * generated structs, exported as NAME__ac_size) so a test can check them
 * against asyncc --frame-report. */
#include <asyncc.h>
#include <stdio.h>

struct big {
    char bytes[40];
    double d;
};

async int leaf(int x)
{
    await ac_yield();
    return x;
}

async long mixed(char c, long double ld, int n)
{
    short s = c;
    struct big b = {{0}, 1.0};
    long acc = 0;
    for (int i = 0; i < n; i++)
        acc += await leaf(i);
    b.d += (double)ld;
    return acc + s + (long)b.d;
}

async double scopes(int n)
{
    double r = 0;
    if (n) {
        char buf[24] = "x";
        await ac_yield();
        r += buf[0];
    } else {
        long long q = 5;
        await ac_yield();
        r += (double)q;
    }
    r += await leaf(1) + await leaf(2);
    return r;
}

extern const size_t leaf__ac_size, mixed__ac_size, scopes__ac_size;

int main(void)
{
    printf("leaf %zu\nmixed %zu\nscopes %zu\n", leaf__ac_size, mixed__ac_size,
           scopes__ac_size);
    return 0;
}
