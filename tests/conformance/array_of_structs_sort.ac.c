/* An insertion sort over a local array of structs, awaiting inside each comparison. */
#include <asyncc.h>
#include <stdio.h>

struct person {
    const char *name;
    int age;
};

static async int less(struct person a, struct person b)
{
    await ac_yield();
    return a.age < b.age;
}

static async void amain(void)
{
    struct person ps[5] = {{"eve", 41}, {"bob", 25}, {"amy", 33}, {"dan", 19}, {"cat", 25}};
    for (int i = 1; i < 5; i++) {
        struct person key = ps[i];
        int j = i - 1;
        while (j >= 0 && await less(key, ps[j])) {
            ps[j + 1] = ps[j];
            j--;
        }
        ps[j + 1] = key;
    }
    for (int i = 0; i < 5; i++)
        printf("%s %d\n", ps[i].name, ps[i].age);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
