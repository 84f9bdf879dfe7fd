/* (await mk()).field reads members of an awaited struct value. */
#include <asyncc.h>
#include <stdio.h>

struct rec {
    int id;
    double score;
    char tag[8];
};

static async struct rec mk(int id)
{
    printf("mk %d\n", id);
    await ac_yield();
    struct rec r = {id, id * 1.5, "r"};
    r.tag[1] = (char)('0' + id);
    return r;
}

static async void amain(void)
{
    printf("id=%d\n", (await mk(3)).id);
    printf("score=%.2f\n", (await mk(4)).score);
    printf("tag=%s\n", (await mk(5)).tag);
    int s = (await mk(1)).id + (await mk(2)).id;
    printf("s=%d\n", s);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
