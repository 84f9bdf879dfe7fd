/* Macros that await used in loop conditions (while (NEXT() > 0), do ... while (MORE()), a for's test and increment) run the awaited call at each test, while a producer task fills the queue. */
#include <asyncc.h>
#include <stdio.h>

#define NEXT() (await pop())
#define MORE() (await pending() > 0)
#define ADVANCE(i) (i += await step())

static int queue[16];
static int head, tail;
static int pops, steps;

static async void producer(int n)
{
    for (int i = 1; i <= n; i++) {
        queue[tail++] = i * 10;
        printf("  produced %d\n", i * 10);
        await ac_sleep(20);
    }
    queue[tail++] = 0;
}

static async int pop(void)
{
    pops++;
    while (head == tail)
        await ac_yield();
    return queue[head++];
}

static async int pending(void)
{
    await ac_yield();
    return tail - head;
}

static async int step(void)
{
    steps++;
    await ac_yield();
    return 2;
}

static async void amain(void)
{
    ac_task *p = ac_spawn(producer(3));
    int v, sum = 0;
    while ((v = NEXT()) > 0) {
        printf("consumed %d\n", v);
        sum += v;
    }
    printf("sum %d pops %d\n", sum, pops);
    await ac_join(p, NULL);

    head = tail = 0;
    queue[tail++] = 7;
    queue[tail++] = 8;
    queue[tail++] = 9;
    do {
        printf("do pops %d\n", NEXT());
    } while (MORE());

    int turns = 0;
    for (int i = 0; i < 7; ADVANCE(i))
        printf("for i=%d turn %d\n", i, ++turns);
    printf("steps %d\n", steps);

    head = tail = 0;
    queue[tail++] = 3;
    queue[tail++] = 0;
    while (NEXT() > 0 && MORE())
        printf("while body\n");
    printf("pops %d\n", pops);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
