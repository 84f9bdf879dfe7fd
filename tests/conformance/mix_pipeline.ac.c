/* A three-stage pipeline of tasks connected by one-slot mailboxes, with yields as back-pressure. */
#include <asyncc.h>
#include <stdio.h>

struct mailbox {
    int full;
    int value;
};

static async void put(struct mailbox *m, int v)
{
    while (m->full)
        await ac_yield();
    m->value = v;
    m->full = 1;
}

static async int get(struct mailbox *m)
{
    while (!m->full)
        await ac_yield();
    m->full = 0;
    return m->value;
}

static async void source(struct mailbox *out, int n)
{
    for (int i = 1; i <= n; i++)
        await put(out, i);
    await put(out, -1);
}

static async void doubler(struct mailbox *in, struct mailbox *out)
{
    int v;
    while ((v = await get(in)) != -1)
        await put(out, v * 2);
    await put(out, -1);
}

static async int sink(struct mailbox *in)
{
    int v, sum = 0;
    while ((v = await get(in)) != -1) {
        printf("sink got %d\n", v);
        sum += v;
    }
    return sum;
}

static async void amain(void)
{
    struct mailbox a = {0, 0}, b = {0, 0};
    ac_task *t1 = ac_spawn(source(&a, 5));
    ac_task *t2 = ac_spawn(doubler(&a, &b));
    ac_task *t3 = ac_spawn(sink(&b));
    int sum = 0;
    await ac_join(t1, NULL);
    await ac_join(t2, NULL);
    await ac_join(t3, &sum);
    printf("sum=%d\n", sum);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
