/* A producer and a consumer sharing a bounded ring buffer through globals and yields. */
#include <asyncc.h>
#include <stdio.h>

#define CAP 3

static int ring[CAP];
static int head, count, done;

static async void producer(int n)
{
    for (int i = 1; i <= n; i++) {
        while (count == CAP) {
            printf("producer waits (full)\n");
            await ac_yield();
        }
        ring[(head + count) % CAP] = i * i;
        count++;
        printf("put %d\n", i * i);
    }
    done = 1;
}

static async int consumer(void)
{
    int sum = 0;
    for (;;) {
        while (count == 0) {
            if (done)
                return sum;
            await ac_yield();
        }
        int v = ring[head];
        head = (head + 1) % CAP;
        count--;
        printf("got %d\n", v);
        sum += v;
        if (v % 2)
            await ac_yield();
    }
}

static async void amain(void)
{
    ac_task *p = ac_spawn(producer(7));
    ac_task *c = ac_spawn(consumer());
    int sum = 0;
    await ac_join(p, NULL);
    await ac_join(c, &sum);
    printf("sum=%d\n", sum);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
