/*
 * main.c - the asyncc driver: parse, analyse, lower, emit, then write the
 * output file atomically. On any error nothing is written (and a stale
 * output file is removed), and the exit status is 1.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyse.h"
#include "diag.h"
#include "emit.h"
#include "lower.h"
#include "parse.h"
#include "stack_guard.h"

#ifndef ASYNCC_VERSION
#define ASYNCC_VERSION "0"
#endif

static const char usage[] =
    "usage: asyncc INPUT.ac.c -o OUTPUT.c [clang flags...]\n"
    "\n"
    "Rewrites the async functions of INPUT into state machines in plain C11.\n"
    "Clang flags (-I, -D, -U, -std=, -isystem, ...) are used to parse INPUT\n"
    "and should match the flags the output is compiled with.\n"
    "\n"
    "  -o FILE     write the generated C to FILE ('-' for standard output)\n"
    "  --frame-report\n"
    "              print each async function's frame: its size in bytes\n"
    "              and what is in it (instead of writing C)\n"
    "  --depfile FILE\n"
    "              also write the headers INPUT includes, as a make rule\n"
    "  --help      print this help\n"
    "  --version   print the version\n";

typedef struct options {
    const char *input;
    const char *output;
    const char *depfile;
    int frame_report;
    const char **clang_args;
    int nclang;
} options;

/* Do paths a and b (b may be NULL or "-", standard output) name one
 * existing file? */
static int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return b && strcmp(b, "-") != 0 && stat(a, &sa) == 0 &&
           stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static int parse_args(int argc, char **argv, options *o)
{
    o->clang_args = ut_alloc(((size_t)argc + 4) * sizeof *o->clang_args);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            exit(0);
        } else if (strcmp(a, "--version") == 0) {
            printf("asyncc %s\n", ASYNCC_VERSION);
            exit(0);
        } else if (strcmp(a, "-o") == 0 && i + 1 < argc) {
            o->output = argv[++i];
        } else if (strcmp(a, "--frame-report") == 0) {
            o->frame_report = 1;
        } else if (strcmp(a, "--depfile") == 0 && i + 1 < argc) {
            o->depfile = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            o->clang_args[o->nclang++] = a;
        } else if (!o->input) {
            o->input = a;
        } else {
            fprintf(stderr, "asyncc: error: more than one input file\n");
            return -1;
        }
    }
    if (o->frame_report && !o->output)
        o->output = "-";
    if (!o->input || !o->output) {
        fputs(usage, stderr);
        return -1;
    }
    if (same_file(o->input, o->output) || same_file(o->input, o->depfile)) {
        fprintf(stderr, "asyncc: error: '%s' would overwrite the input "
                "file; write the output elsewhere\n", o->input);
        return -1;
    }
    return 0;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    ut_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        ut_buf_add(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    *len = b.len;
    char *s = ut_buf_take(&b);
    if (bad) {
        free(s);
        return NULL;
    }
    return s;
}

/* Where asyncc.h is: beside an installed tool (BIN/../include), else in the
 * source tree the tool was built from. */
static char *header_dir(void)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            char *dir = ut_format("%s/../include", exe);
            char *h = ut_format("%s/asyncc.h", dir);
            int ok = access(h, R_OK) == 0;
            free(h);
            if (ok)
                return dir;
            free(dir);
        }
    }
    return ut_strdup(ASYNCC_BUILD_INCLUDE_DIR);
}

/* Writes `text` to `path` through a temporary file and a rename. */
static int write_output(const char *path, const char *text)
{
    if (strcmp(path, "-") == 0)
        return fputs(text, stdout) < 0 ? -1 : 0;
    char *tmp = ut_format("%s.asyncc-tmp", path);
    FILE *f = fopen(tmp, "wb");
    int rc = -1;
    if (f) {
        size_t n = strlen(text);
        int ok = fwrite(text, 1, n, f) == n;
        ok &= fclose(f) == 0;
        rc = ok && rename(tmp, path) == 0 ? 0 : -1;
        if (rc)
            remove(tmp);
    }
    if (rc)
        fprintf(stderr, "asyncc: error: cannot write '%s'\n", path);
    free(tmp);
    return rc;
}

static void put_dep(ut_buf *b, const char *path)
{
    ut_buf_puts(b, " ");
    for (const char *s = path; *s; s++) {
        if (*s == ' ' || *s == '#' || *s == '\\')
            ut_buf_puts(b, "\\");
        if (*s == '$')
            ut_buf_puts(b, "$");
        ut_buf_add(b, s, 1);
    }
}

/* OUTPUT: INPUT HEADERS..., as gcc -MD writes it. */
static int write_depfile(const options *o, const ir_file *file)
{
    ut_buf b = {0};
    put_dep(&b, o->output);
    ut_buf_puts(&b, ":");
    put_dep(&b, o->input);
    for (size_t i = 0; i < file->includes.len; i++) {
        ut_buf_puts(&b, " \\\n");
        put_dep(&b, file->includes.items[i]);
    }
    ut_buf_puts(&b, "\n");
    int rc = write_output(o->depfile, b.data + 1);
    free(b.data);
    return rc;
}

static char *transform(ir_file *file, options *o)
{
    char *inc = header_dir();
    o->clang_args[o->nclang++] = "-D__ASYNCC__=1";
    o->clang_args[o->nclang++] = "-idirafter";
    o->clang_args[o->nclang++] = inc;
    char *out = NULL;
    if (parse_file(file, o->clang_args, o->nclang) == 0 &&
        !diag_error_count()) {
        analyse_file(file);
        tv *tree = diag_error_count() ? NULL : lower_file(file);
        if (tree && !diag_error_count())
            out = o->frame_report ? emit_frame_report(tree)
                                  : emit_render(tree);
        tv_free(tree);
    }
    free(inc);
    return out;
}

int main(int argc, char **argv)
{
    options o = {0};
    if (parse_args(argc, argv, &o) != 0)
        return 2;
    stack_guard_init(o.input);
    ir_file file = {0};
    file.path = o.input;
    diag_set_file(o.input);
    char *src = read_file(o.input, &file.len);
    if (!src) {
        fprintf(stderr, "asyncc: error: cannot read '%s'\n", o.input);
        free(o.clang_args);
        return 1;
    }
    file.src = src;
    char *out = transform(&file, &o);
    int rc = out ? write_output(o.output, out) : -1;
    if (!rc && o.depfile)
        rc = write_depfile(&o, &file);
    if (rc && strcmp(o.output, "-") != 0)
        remove(o.output); /* never leave a stale output behind */
    free(out);
    ir_file_free(&file);
    free(src);
    free(o.clang_args);
    return rc ? 1 : 0;
}
