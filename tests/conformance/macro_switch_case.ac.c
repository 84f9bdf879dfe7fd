/* Macros inside a switch: a switch on an awaiting macro, macros that make case labels whose bodies await, fall through or return from inside the loop, in two interleaved tasks. */
#include <asyncc.h>
#include <stdio.h>

#define OPCODE() (await fetch_op(&vm))
#define CASE_ADD(n) case n: acc += await arg(n); break
#define CASE_FALL(n) case n: acc *= await arg(2)
#define ON(n, stmt) case n: { stmt; } break

static const int program_a[] = {1, 2, 3, 4, 0};
static const int program_b[] = {3, 1, 9, 0};

struct vm {
    const char *name;
    const int *code;
    int pc;
};

static async int fetch_op(struct vm *vm)
{
    await ac_yield();
    return vm->code[vm->pc++];
}

static async int arg(int n)
{
    await ac_yield();
    return n * 10;
}

static async int run(const char *name, const int *code)
{
    struct vm vm = {name, code, 0};
    int acc = 1;
    for (;;) {
        switch (OPCODE()) {
        CASE_ADD(1);
        CASE_ADD(2);
        CASE_FALL(3);
        /* fall through */
        CASE_ADD(4);
        ON(0, printf("%s halts with %d\n", vm.name, acc); return acc);
        default:
            printf("%s: bad opcode at %d\n", vm.name, vm.pc - 1);
            await ac_sleep(50);
        }
        printf("%s pc=%d acc=%d\n", vm.name, vm.pc, acc);
    }
}

static async void amain(void)
{
    ac_task *a = ac_spawn(run("a", program_a));
    ac_task *b = ac_spawn(run("b", program_b));
    int ra = 0, rb = 0;
    await ac_join(a, &ra);
    await ac_join(b, &rb);
    printf("ra=%d rb=%d\n", ra, rb);
}

int main(void)
{
    ac_run(amain());
    return 0;
}
