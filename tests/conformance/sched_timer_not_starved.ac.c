/* Tasks that keep yielding do not starve a timer: the sleeper wakes and both spinners then stop. */
#include <asyncc.h>
#include <stdio.h>

static int stop;

static async void sleeper(void)
{
    await ac_sleep(10);
    printf("sleeper wakes\n");
    stop = 1;
}

static async void spinner(char name)
{
    int announced = 0;
    while (!stop) {
        if (!announced) {
            printf("%c spinning\n", name);
            announced = 1;
        }
        await ac_yield();
    }
    printf("%c sees stop\n", name);
}

static async void amain(void)
{
    ac_task *s = ac_spawn(sleeper());
    ac_task *a = ac_spawn(spinner('a'));
    ac_task *b = ac_spawn(spinner('b'));
    await ac_join(s, NULL);
    await ac_join(a, NULL);
    await ac_join(b, NULL);
    printf("done\n");
}

int main(void)
{
    ac_run(amain());
    return 0;
}
