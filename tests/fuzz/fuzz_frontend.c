/*
 * fuzz_frontend.c - libFuzzer target for the tool's front and middle end:
 * each input is written to a scratch .ac.c file and taken through parse,
 * analyse, lower and emit, exactly as the asyncc driver does. Whatever the
 * input, the tool must report diagnostics or produce output: any crash,
 * hang, leak or sanitizer report is a finding. Build and run with run.sh.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "analyse.h"
#include "diag.h"
#include "emit.h"
#include "lower.h"
#include "parse.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The driver's stack (tool/src/stack_guard.c): 64 MiB, for libclang's and
 * our recursion on deep nesting. Its overflow handler is left out, so that
 * an overflow still is a finding. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    struct rlimit r;
    if (getrlimit(RLIMIT_STACK, &r) == 0 && r.rlim_cur < (64u << 20)) {
        r.rlim_cur = r.rlim_max < (64u << 20) ? r.rlim_max : (64u << 20);
        setrlimit(RLIMIT_STACK, &r);
    }
    return 0;
}

static char path[64];

/* The driver's flow (tool/src/main.c): each stage runs only when the
 * ones before it reported no error. */
static void transform(ir_file *file)
{
    const char *args[] = {"-I" ASYNCC_INCLUDE_DIR, "-D__ASYNCC__=1"};
    int errors = diag_error_count();
    if (parse_file(file, args, 2) != 0 || diag_error_count() != errors)
        return;
    analyse_file(file);
    if (diag_error_count() != errors)
        return;
    tv *tree = lower_file(file);
    if (tree && diag_error_count() == errors)
        free(emit_render(tree));
    tv_free(tree);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/asyncc-fuzz-%d.ac.c", (int)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    char *src = malloc(size + 1);
    memcpy(src, data, size);
    src[size] = '\0';
    ir_file file = {0};
    file.path = path;
    file.src = src;
    file.len = size;
    diag_set_file(path);
    transform(&file);
    ir_file_free(&file);
    free(src);
    return 0;
}
