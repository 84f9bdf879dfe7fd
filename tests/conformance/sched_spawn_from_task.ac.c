/* A task spawned by another task starts behind the tasks already ready. */
#include <asyncc.h>
#include <stdio.h>

static async void child(int id)
{
    printf("child %d runs\n", id);
}

static async void parent(void)
{
    printf("parent runs\n");
    ac_task *c = ac_spawn(child(1));
    printf("parent spawned child\n");
    await ac_yield();
    printf("parent resumes\n");
    await ac_join(c, NULL);
}

static async void other(void)
{
    printf("other runs\n");
    await ac_yield();
    printf("other resumes\n");
}

static async void amain(void)
{
    ac_task *p = ac_spawn(parent());
    ac_task *o = ac_spawn(other());
    await ac_join(p, NULL);
    await ac_join(o, NULL);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
