/* A static local is shared by concurrent tasks running the same function. */
#include <asyncc.h>
#include <stdio.h>

static async int worker(int id)
{
    static int next_ticket = 1;
    static int buf[8];
    int mine = next_ticket++;
    buf[mine] = id;
    await ac_yield();
    printf("worker %d ticket %d (buf[1]=%d)\n", id, mine, buf[1]);
    return mine;
}

static async void amain(void)
{
    ac_task *a = ac_spawn(worker(10));
    ac_task *b = ac_spawn(worker(20));
    ac_task *c = ac_spawn(worker(30));
    int ra, rb, rc;
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    await ac_join(c, &rc);
    printf("%d %d %d\n", ra, rb, rc);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
