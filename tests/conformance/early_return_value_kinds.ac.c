/* Early returns of different values from several depths, each after a suspension. */
#include <asyncc.h>
#include <stdio.h>

static async int val(int x)
{
    await ac_sleep(0);
    return x;
}

static async const char *grade(int score)
{
    if (await val(score) < 0)
        return "invalid";
    for (int t = 90; t >= 60; t -= 10) {
        if (score >= await val(t)) {
            if (t == 90)
                return "A";
            do {
                if (t == 80)
                    return "B";
                if (t == 70)
                    return "C";
            } while (0);
            return "D";
        }
    }
    return "F";
}

static async void amain(void)
{
    int scores[] = {-1, 95, 85, 75, 65, 10};
    for (int i = 0; i < 6; i++)
        printf("%d -> %s\n", scores[i], await grade(scores[i]));
}

int main(void)
{
    ac_run(amain());
    return 0;
}
