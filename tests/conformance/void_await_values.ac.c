/* An await of a void async function as a value: cast to void, an operand
 * of the comma operator, a branch of ?:. */
#include <asyncc.h>
#include <stdio.h>

async void say(int k)
{
    await ac_yield();
    printf("say %d\n", k);
}

static void plain(int k)
{
    printf("plain %d\n", k);
}

async int amain(void)
{
    (void)await say(1);
    int x = (await say(2), 7);
    int c = x > 5;
    c ? await say(3) : plain(4);
    c ? plain(5) : await say(6);
    printf("x = %d\n", x);
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
