/* test_stages.c - unit tests of the tool's stages, each on a small source
 * written to a scratch file. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyse.h"
#include "diag.h"
#include "emit.h"
#include "lower.h"
#include "parse.h"

static ir_file file;
static char path[256];

/* Parses `src` (and analyses it when `analyse` is set). */
static int load(const char *src, int analyse)
{
    snprintf(path, sizeof path, "%s/t%d.ac.c", SCRATCH_DIR, (int)getpid());
    FILE *f = fopen(path, "w");
    cr_assert(f);
    fputs(src, f);
    fclose(f);
    memset(&file, 0, sizeof file);
    file.path = path;
    file.src = src;
    file.len = strlen(src);
    diag_set_file(path);
    const char *args[] = {ASYNCC_INCLUDE, "-D__ASYNCC__=1"};
    int rc = parse_file(&file, args, 2);
    if (rc == 0 && analyse)
        analyse_file(&file);
    return rc;
}

static void unload(void)
{
    ir_file_free(&file);
    remove(path);
}

static ir_node *top(size_t i)
{
    cr_assert_lt(i, file.root->kids.len);
    return file.root->kids.items[i];
}

static ir_var *var_named(ir_node *def, const char *name, int nth)
{
    for (size_t i = 0; i < def->vars.len; i++) {
        ir_var *v = def->vars.items[i];
        if (strcmp(v->name, name) == 0 && nth-- == 0)
            return v;
    }
    cr_assert_fail("no variable %s", name);
    return NULL;
}

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p++)
        n++;
    return n;
}

TestSuite(stages, .fini = unload);

Test(stages, parse_finds_definitions_prototypes_and_awaits)
{
    const char *src = "#include <asyncc.h>\n"
                      "async int later(int x);\n"
                      "static async int g(int x) { return x; }\n"
                      "async int f(int a) {\n"
                      "  int b = await g(a);\n"
                      "  await ac_yield();\n"
                      "  return await later(b);\n"
                      "}\n";
    cr_assert_eq(load(src, 1), 0);
    cr_assert_eq(diag_error_count(), 0);
    cr_assert_eq(file.root->kids.len, 3);
    cr_assert_eq(top(0)->kind, IR_ASYNC_PROTO);
    cr_assert_eq(top(1)->kind, IR_ASYNC_DEF);
    cr_assert_eq(top(2)->kind, IR_ASYNC_DEF);
    cr_assert_str_eq(top(2)->fn->name, "f");
    cr_assert_eq(top(2)->calls.len, 3, "three suspension points");
    cr_assert(top(1)->fn->is_static);
    cr_assert_eq(top(2)->line, 4);
}

Test(stages, frame_holds_only_locals_whose_block_suspends)
{
    const char *src = "#include <asyncc.h>\n"
                      "async void f(int p) {\n"
                      "  int kept = p;\n"
                      "  { int scratch = 2; kept += scratch; }\n"
                      "  static int counter;\n"
                      "  await ac_yield();\n"
                      "  counter += kept;\n"
                      "}\n";
    cr_assert_eq(load(src, 1), 0);
    ir_node *def = top(0);
    cr_assert(var_named(def, "p", 0)->in_frame, "parameters live in frame");
    cr_assert(var_named(def, "kept", 0)->in_frame);
    cr_assert_not(var_named(def, "scratch", 0)->in_frame);
    cr_assert_not(var_named(def, "counter", 0)->in_frame, "static stays");
}

Test(stages, states_follow_source_order_and_shadowed_names_are_unique)
{
    const char *src = "#include <asyncc.h>\n"
                      "async void f(void) {\n"
                      "  int x = 1;\n"
                      "  await ac_yield();\n"
                      "  { double x = 2; await ac_sleep(1); x += 1; }\n"
                      "  x++;\n"
                      "}\n";
    cr_assert_eq(load(src, 1), 0);
    ir_node *def = top(0);
    ir_node *a1 = def->calls.items[0], *a2 = def->calls.items[1];
    cr_assert_eq(a1->state, 1);
    cr_assert_eq(a2->state, 2);
    cr_assert_lt(a1->begin, a2->begin);
    cr_assert_str_eq(var_named(def, "x", 0)->field, "x");
    cr_assert_str_eq(var_named(def, "x", 1)->field, "x__2");
}

Test(stages, non_recursive_callees_are_embedded_recursive_ones_allocated)
{
    const char *src = "#include <asyncc.h>\n"
                      "static async int after(void);\n"
                      "static async int later(void);\n"
                      "static async int before(void) { return 1; }\n"
                      "static async int f(void) {\n"
                      "  int a = await before();\n"
                      "  int b = await after();\n"
                      "  int c = await later();\n"
                      "  return a + b + c;\n"
                      "}\n"
                      "static async int after(void) { return await f(); }\n"
                      "static async int later(void) { return 3; }\n";
    cr_assert_eq(load(src, 1), 0);
    ir_node *f = top(3);
    cr_assert_str_eq(f->fn->name, "f");
    cr_assert(((ir_node *)f->calls.items[0])->embed, "defined before");
    cr_assert_not(((ir_node *)f->calls.items[1])->embed,
                  "'after' awaits f again: recursion allocates");
    cr_assert(((ir_node *)f->calls.items[2])->embed,
              "defined after, but not recursive");
    cr_assert_not(((ir_node *)top(4)->calls.items[0])->embed,
                  "the way back of the cycle allocates too");
    cr_assert(top(4)->fn->need_await && f->fn->need_await);
}

Test(stages, lowering_renders_one_resume_label_per_state)
{
    const char *src = "#include <asyncc.h>\n"
                      "async int f(int n) {\n"
                      "  for (int i = 0; i < n; i++)\n"
                      "    await ac_yield();\n"
                      "  int r = await ac_sleep(5);\n"
                      "  return r;\n"
                      "}\n";
    cr_assert_eq(load(src, 1), 0);
    tv *tree = lower_file(&file);
    cr_assert(tree);
    char *out = emit_render(tree);
    cr_assert(out);
    cr_assert_eq(count(out, "ac_resume_1:;"), 1);
    cr_assert_eq(count(out, "ac_resume_2:;"), 1);
    cr_assert_eq(count(out, "case 2: goto ac_resume_2;"), 1);
    cr_assert_eq(count(out, "await ac_"), 0, "no await survives");
    cr_assert(strstr(out, "for (ac_fr->i = 0; ac_fr->i < ac_fr->n;"));
    cr_assert(strstr(out, "#line 2 "));
    free(out);
    tv_free(tree);
}

Test(stages, await_outside_async_is_an_error)
{
    int before = diag_error_count();
    const char *src = "#include <asyncc.h>\n"
                      "int f(void) { await ac_yield(); return 0; }\n";
    cr_assert_eq(load(src, 1), 0);
    cr_assert_eq(diag_error_count(), before + 1);
}

/* The text after parsing (macros that hide awaits expanded), from the
 * start of the line holding `marker` to its end. */
static char *line_of(const char *marker)
{
    const char *at = strstr(file.src, marker);
    cr_assert(at, "no '%s' in:\n%s", marker, file.src);
    const char *b = at, *e = at;
    while (b > file.src && b[-1] != '\n')
        b--;
    while (*e && *e != '\n')
        e++;
    return strndup(b, (size_t)(e - b));
}

static int lines(const char *s)
{
    return count(s, "\n");
}

Test(stages, macro_hiding_an_await_is_expanded_one_level)
{
    const char *src =
        "#include <asyncc.h>\n"
        "static async int g(int x) { return x; }\n"
        "#define NAP(x) await g(x)\n"
        "#define MAX(a, b) ((a) > (b) ? (a) : (b))\n"
        "#define SHOW(e) do { printf(\"%s\", #e); (void)(e); } while (0)\n"
        "#define CALL(n, x) await n##_fn(x)\n"
        "int printf(const char *, ...);\n"
        "static async int g_fn(int x) { return x; }\n"
        "async int f(int a) {\n"
        "  int m = MAX(a,\n"
        "              await g(2));\n"
        "  int n = NAP(a + 1); SHOW(await g(\"\\\\\" [0]));\n"
        "  return m + n + CALL(g, 3);\n"
        "}\n";
    cr_assert_eq(load(src, 1), 0);
    cr_assert_eq(lines(file.src), lines(src), "lines moved:\n%s", file.src);
    char *l = line_of("int m =");
    /* The second argument goes on the line it was written on, and the
     * body's tokens after it with it; `;` stays on that line. */
    cr_assert_str_eq(l, "  int m = ((a) > (");
    free(l);
    l = line_of("await g(2)) ?");
    cr_assert_str_eq(l, "await g(2)) ? (a) : (await g(2)));");
    free(l);
    l = line_of("int n =");
    cr_assert_str_eq(l, "  int n = await g(a + 1); do { printf(\"%s\", "
                        "\"await g(\\\"\\\\\\\\\\\" [0])\"); (void)"
                        "(await g(\"\\\\\" [0])); } while (0);");
    free(l);
    l = line_of("return m");
    cr_assert_str_eq(l, "  return m + n + await g_fn(3);");
    free(l);
}

Test(stages, variadic_macro_expansion_follows_c_and_gnu_rules)
{
    const char *src =
        "#include <asyncc.h>\n"
        "int printf(const char *, ...);\n"
        "static async int g(int x) { return x; }\n"
        "#define LOG(fmt, ...) printf(fmt, ##__VA_ARGS__), await g(0)\n"
        "#define ALL(...) await g(__VA_ARGS__)\n"
        "async void f(void) {\n"
        "  LOG(\"a\");\n"
        "  LOG(\"%d %d\", 1, 2);\n"
        "  ALL(3);\n"
        "}\n";
    cr_assert_eq(load(src, 1), 0);
    char *l = line_of("\"a\"");
    cr_assert_str_eq(l, "  printf(\"a\"), await g(0);");
    free(l);
    l = line_of("\"%d %d\"");
    cr_assert_str_eq(l, "  printf(\"%d %d\",1, 2), await g(0);");
    free(l);
    l = line_of("g(3)");
    cr_assert_str_eq(l, "  await g(3);");
    free(l);
}

Test(stages, diagnostics_in_an_expansion_name_the_invocation)
{
    int before = diag_error_count();
    const char *src = "#include <asyncc.h>\n"
                      "static async int g(int x) { return x; }\n"
                      "#define SEL _Generic(1, int: await g(1), default: 0)\n"
                      "async int f(void) { return (int)   SEL; }\n";
    cr_assert_eq(load(src, 1), 0);
    cr_assert_eq(diag_error_count(), before + 1);
    ir_node *def = top(1);
    cr_assert_eq(def->kind, IR_ASYNC_DEF);
}
