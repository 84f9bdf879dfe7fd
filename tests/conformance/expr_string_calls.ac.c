/* Awaited strings passed to library calls: strlen, strcmp, strcpy and snprintf. */
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

static async const char *word(int i)
{
    static const char *const words[] = {"pear", "apple", "fig"};
    await ac_yield();
    return words[i];
}

static async void amain(void)
{
    char buf[32];
    printf("%d\n", (int)strlen(await word(1)));
    printf("%d\n", strcmp(await word(0), await word(1)) > 0);
    strcpy(buf, await word(2));
    strcat(buf, "+");
    strcat(buf, await word(0));
    printf("%s\n", buf);
    snprintf(buf, sizeof buf, "%s/%s/%d", await word(1), await word(2), (int)strlen(await word(0)));
    printf("%s\n", buf);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
