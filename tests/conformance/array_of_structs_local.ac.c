/* A local array of structs kept in the frame and updated across awaits. */
#include <asyncc.h>
#include <stdio.h>

struct item {
    char name[8];
    int qty;
    double price;
};

static async int restock(int i)
{
    await ac_yield();
    return i * 2 + 1;
}

static async void amain(void)
{
    struct item inv[3] = {{"apple", 1, 0.5}, {"pear", 0, 0.75}, {"fig", 4, 1.25}};
    for (int i = 0; i < 3; i++)
        inv[i].qty += await restock(i);
    double total = 0;
    for (int i = 0; i < 3; i++) {
        await ac_yield();
        total += inv[i].qty * inv[i].price;
        printf("%s %d\n", inv[i].name, inv[i].qty);
    }
    printf("total %.2f\n", total);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
