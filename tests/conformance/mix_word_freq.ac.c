/* Word frequencies from an async line source into a local array of structs, sorted at the end. */
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

struct entry {
    char word[16];
    int count;
};

static const char *lines[] = {"the cat sat", "on the mat", "the end", NULL};

static async const char *next_line(int i)
{
    await ac_yield();
    return lines[i];
}

static async void amain(void)
{
    struct entry table[16];
    int n = 0;
    const char *line;
    for (int li = 0; (line = await next_line(li)) != NULL; li++) {
        char buf[64];
        strcpy(buf, line);
        for (char *w = strtok(buf, " "); w; w = strtok(NULL, " ")) {
            int i;
            for (i = 0; i < n; i++)
                if (strcmp(table[i].word, w) == 0)
                    break;
            if (i == n) {
                strcpy(table[n].word, w);
                table[n++].count = 0;
            }
            table[i].count++;
        }
    }
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && (table[j].count > table[j - 1].count ||
                                  (table[j].count == table[j - 1].count &&
                                   strcmp(table[j].word, table[j - 1].word) < 0));
             j--) {
            struct entry t = table[j];
            table[j] = table[j - 1];
            table[j - 1] = t;
        }
    for (int i = 0; i < n; i++)
        printf("%s %d\n", table[i].word, table[i].count);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
