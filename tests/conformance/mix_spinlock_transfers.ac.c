/* Tasks moving money between accounts under a yield-based lock; the total never changes. */
#include <asyncc.h>
#include <stdio.h>

struct account {
    const char *name;
    int balance;
};

static struct account accounts[3] = {{"ann", 100}, {"bob", 50}, {"cy", 0}};
static int locked;
static int contended;

static async void lock(void)
{
    while (locked) {
        contended++;
        await ac_yield();
    }
    locked = 1;
}

static void unlock(void)
{
    locked = 0;
}

static async void transfer(int from, int to, int amount, int times)
{
    for (int i = 0; i < times; i++) {
        await lock();
        int b = accounts[from].balance;
        await ac_yield();
        if (b >= amount) {
            accounts[from].balance = b - amount;
            await ac_yield();
            accounts[to].balance += amount;
        }
        unlock();
        await ac_yield();
    }
}

static async void amain(void)
{
    ac_task *t[3];
    t[0] = ac_spawn(transfer(0, 1, 10, 5));
    t[1] = ac_spawn(transfer(1, 2, 20, 4));
    t[2] = ac_spawn(transfer(2, 0, 5, 6));
    for (int i = 0; i < 3; i++)
        await ac_join(t[i], NULL);
    int total = 0;
    for (int i = 0; i < 3; i++) {
        printf("%s %d\n", accounts[i].name, accounts[i].balance);
        total += accounts[i].balance;
    }
    printf("total %d contended %d\n", total, contended > 0);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
