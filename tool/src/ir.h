/*
 * ir.h - the tool's own representation of an async-C file.
 *
 * parse.c builds it from libclang (the only module that sees libclang);
 * analyse.c annotates it, lower.c turns it into code pieces and emit.c
 * renders those through the Lua templates.
 *
 * The IR is sparse: it keeps the structure of the main file only along the
 * paths that lead to something the tool rewrites (an await, a reference to
 * a local of an async function, a return, a declaration, a spawn, ...).
 * Everything else stays source text, copied byte for byte. Every node has a
 * byte range [begin, end) in the main file; a node's kids are in source
 * order and do not overlap, so a node renders as its text with the kids'
 * ranges replaced by their renderings ("text with holes").
 */
#ifndef ASYNCC_IR_H
#define ASYNCC_IR_H

#include <stddef.h>

#include "util.h"

/* A C type, as a declarator: a declaration of NAME is `prefix NAME suffix`
 * ("int (*" NAME ")(int)"); the type name alone is `prefix suffix`. */
/* A byte range [begin, end) of the main file. */
typedef struct ir_range {
    unsigned begin, end;
} ir_range;

typedef struct ir_type {
    char *prefix, *suffix;
    int is_void;      /* void: no result slot */
    int is_array;     /* arrays are initialised by copying */
    int is_record;    /* struct or union */
    int is_unassignable; /* a struct or union with a const member: C
                            copies it only as bytes */
    int is_anonymous; /* unnamed struct/union/enum: cannot be re-spelled */
    int is_vla;       /* variable-length array */
    long long size;   /* bytes on the parse target; < 0 if unknown */
    long long align;  /* bytes */
    int is_local;     /* names a type declared in the function's body, not
                         spelled at file scope: the frame holds its bytes */
    long long own_align; /* a variable's: the alignment it declares
                            (_Alignas(64)), already in align; the frame
                            holds its bytes at that alignment; or 0 */
} ir_type;

/* The alignment of every frame (the runtime's, bytes): that of the memory
 * ac__frame_alloc() and ac__task_new() give. */
#define IR_FRAME_ALIGN ((long long)_Alignof(max_align_t))

/* Does a frame keep a value of type t as bytes of its size and alignment,
 * read through a pointer to t: a type the function declares, or a
 * variable's own alignment? */
static inline int ir_kept_as_bytes(const ir_type *t)
{
    return t->is_local || t->own_align;
}

/* The length of the brace that opens a block at `s` (`{`, or the digraph
 * `<%`), or 0; of the one that closes a block ending at `end` (`}`, `%>`),
 * or 0. */
static inline unsigned ir_open_brace(const char *s)
{
    return s[0] == '{' ? 1 : s[0] == '<' && s[1] == '%' ? 2 : 0;
}

static inline unsigned ir_close_brace(const char *s, unsigned end)
{
    if (end >= 1 && s[end - 1] == '}')
        return 1;
    return end >= 2 && s[end - 2] == '%' && s[end - 1] == '>' ? 2 : 0;
}

/* Does a frame keep a value of type t past IR_FRAME_ALIGN (AVX vectors,
 * cache-line-aligned structs)? Its bytes then have room to be placed at
 * its alignment when the frame is made (frames never move). */
static inline int ir_over_aligned(const ir_type *t)
{
    return t->align > IR_FRAME_ALIGN;
}

typedef struct ir_param {
    char *name; /* NULL when a prototype leaves it out */
    ir_type type;
} ir_param;

struct ir_node;

/* An async function this file defines, declares or calls. */
typedef struct ir_fn {
    char *name;
    ir_type ret;
    ir_param *params;
    size_t nparams;
    int is_static;
    int is_variadic;
    int no_prototype;    /* `async int f();`, defined in no file seen */
    int is_gather;       /* the ac_gather() marker of asyncc.h */
    int is_pointer;      /* the type of an async function pointer: calls
                            through it go to the pointee's await entry */
    struct ir_node *def; /* its definition in this file, or NULL */
    unsigned def_order;  /* position among this file's definitions, from 1 */
    unsigned line, col;  /* where it is first declared in this file */
    /* analysis: what this file needs emitted for it */
    int need_await;      /* awaited through its heap entry point */
    int need_spawn;      /* used in ac_spawn() / ac_gather() */
    int need_run;        /* used in ac_run() */
    struct ir_node *glue_before; /* top-level node its glue precedes */
} ir_fn;

/* A parameter or local variable of an async function. */
typedef struct ir_var {
    char *name;
    ir_type type;
    int is_param;
    int is_static;            /* static or extern: never in the frame */
    struct ir_node *scope;    /* block whose subtree is its scope */
    struct ir_node *init;     /* initializer (IR_EXPR), or NULL */
    int init_is_list;         /* braced list, or string for an array */
    int init_braced;          /* a braced list (maybe a macro's: PT_INIT) */
    unsigned line, col;
    unsigned decl_off;        /* where its name is declared */
    int address_taken;        /* &v appears: it must not move */
    int names_macro;          /* a macro has its name (`min`) */
    int has_cleanup;          /* __attribute__((cleanup(f))) */
    int has_align;            /* _Alignas or aligned(N) of its own */
    char *attrs;              /* its attribute specifiers as written, or
                                 NULL: a declaration of it may start so */
    /* analysis */
    int in_frame;
    char *field;              /* path of its frame member: "x", "ac_s2.x" */
} ir_var;

typedef enum ir_kind {
    /* top level */
    IR_FILE,        /* the main file; kids: the top-level nodes below */
    IR_ASYNC_DEF,   /* async function definition */
    IR_ASYNC_PROTO, /* async function declaration; range includes ';' */
    IR_PLAIN_DEF,   /* ordinary function whose body needs rewriting */
    /* statements */
    IR_BLOCK,       /* compound statement: a scope */
    IR_FOR,         /* for statement: the scope of its init declaration */
    IR_DECL,        /* declaration statement: vars; range includes ';' */
    IR_EXPR_STMT,   /* expression statement; range includes ';' */
    IR_RETURN,      /* return statement; range includes ';' */
    IR_IF,          /* if: cond, then the branches */
    IR_SWITCH,      /* switch: cond, body */
    IR_WHILE,       /* while: cond, body */
    IR_DO,          /* do: body, cond */
    IR_CONTINUE,    /* a continue of `loop`; range includes ';' */
    IR_STMT,        /* any other statement with recorded descendants */
    /* expressions */
    IR_EXPR,        /* an expression: its range, recorded descendants */
    IR_VARREF,      /* a use of an ir_var */
    IR_AWAIT,       /* kid: IR_CALL or IR_GATHER */
    IR_CALL,        /* call of an async function; kids: IR_EXPR per arg,
                       after the callee's when it is called through an
                       async function pointer (fn->is_pointer) */
    IR_FNREF,       /* an async function as a value (fn) */
    IR_GATHER,      /* ac_gather(...); kids: IR_CALL per call */
    IR_SPAWN,       /* ac_spawn(call); kid: IR_CALL */
    IR_RUN          /* ac_run(call); kid: IR_CALL */
} ir_kind;

/* What an expression holding an await is, where it matters for lowering:
 * evaluation order, short-circuits, and operands that must stay lvalues. */
typedef enum ir_op {
    OP_OTHER,
    OP_LAND,      /* a && b */
    OP_LOR,       /* a || b */
    OP_COND,      /* c ? a : b */
    OP_ELVIS,     /* GNU a ?: b: a once, b only if a is zero */
    OP_COMMA,     /* a, b */
    OP_ASSIGN,    /* = and the compound assignments */
    OP_ADDR,      /* &a */
    OP_INCDEC,    /* ++a, a--, ... */
    OP_MEMBER,    /* a.m, a->m */
    OP_SUBSCRIPT, /* a[i] */
    OP_CALL,      /* f(args) of an ordinary function */
    OP_COMPLIT,   /* (T){...}: kept as a node in async functions */
    OP_BRACES,    /* a brace list {a, b} or a designated element of one
                     (`.m = a`, `[i] = a`), which has no value of its own:
                     kept as a node, await or not, under an expression
                     holding an await */
    OP_MACRO,     /* a macro invocation with awaits in its arguments: its
                     kids are those awaits (and other recorded nodes) */
    OP_UNEVALUATED /* an await in an operand C never evaluates (sizeof,
                      _Alignof, _Generic's controlling expression): a
                      value of its type, which no code computes */
} ir_op;

typedef struct ir_node {
    ir_kind kind;
    unsigned begin, end; /* byte range in the main file */
    unsigned line, col;  /* of begin */
    ut_vec kids;         /* ir_node *, in source order */
    ir_var *var;         /* IR_VARREF */
    ut_vec vars;         /* IR_DECL: its ir_var *; IR_ASYNC_DEF: all */
    ir_fn *fn;           /* IR_CALL, IR_ASYNC_DEF, IR_ASYNC_PROTO */
    int in_for_init;     /* IR_DECL: the init clause of a for */
    int defines_type;    /* IR_DECL: also declares a struct/union/enum */
    ir_range anon_def;   /* IR_DECL: an unnamed struct, union or enum it
                            defines, which anon_name names in the frame's
                            code (a typedef before the stores) */
    char *anon_name;
    ir_range type_def;   /* IR_DECL: the text of the one it defines, if any
                            (`struct p { int x; }`), or empty; IR_ASYNC_DEF:
                            the one its return type defines */
    int in_macro;        /* produced by a macro expansion */
    /* expressions holding an await keep every operand as a kid */
    ir_op op;
    ir_type type;        /* IR_EXPR operand of such a node: its type */
    int has_type;
    int stable;          /* a literal, function or enumerator: no need to
                            evaluate it early */
    int pure;            /* no side effect, reads only locals (neither
                            static, volatile nor arrays): its value can
                            change only if they do */
    int written;         /* IR_VARREF: assigned, or the operand of ++/-- */
    int skipped;         /* an operand C never evaluates (of sizeof, the
                            branch __builtin_choose_expr does not choose) */
    /* statements */
    struct ir_node *cond;  /* IR_IF, IR_SWITCH, IR_WHILE, IR_DO, IR_FOR */
    struct ir_node *body;  /* IR_WHILE, IR_DO, IR_FOR; IR_ASYNC_DEF */
    struct ir_node *init;  /* IR_FOR */
    struct ir_node *inc;   /* IR_FOR */
    struct ir_node *loop;  /* IR_CONTINUE: the loop it continues */
    /* analysis */
    int has_await;       /* the subtree contains a suspension point */
    int state;           /* IR_AWAIT: its suspension point, from 1 */
    int embed;           /* IR_AWAIT of an IR_CALL: callee frame embedded */
    int has_continue;    /* loops: a continue of theirs is recorded */
    int in_frame;        /* OP_COMPLIT: its object must outlive a resume */
    int macro_return;    /* a statement a macro made, with a `return` in
                            the macro's body */
    int cont_label;      /* loops rebuilt around an await: their continue
                            label's number (0: not rebuilt) */
    ut_vec calls;        /* IR_ASYNC_DEF: its IR_AWAIT nodes, in order */
    int early;           /* lowering: its value was computed before the
                            statement's text (into ac_v<early>; -1 for a
                            void ?:), so the text no longer computes it */
    int has_goto;        /* IR_ASYNC_DEF: its body uses goto */
    int expanded;        /* IR_ASYNC_DEF: asyncc expanded a macro in it */
} ir_node;

/* The whole file. */
typedef struct ir_file {
    const char *path;    /* as given on the command line */
    const char *src;     /* the main file's bytes */
    size_t len;
    char *expanded;      /* owned: the bytes, when macros around awaits were
                            expanded (then src points here) */
    ir_node *root;       /* IR_FILE */
    ut_vec fns;          /* every ir_fn, in order of first appearance */
    ut_vec includes;     /* char *: every file the parse read, for depfiles */
    ir_range *quoted;    /* invocations of macros that make a string of an
                            argument (`#x`, as assert does): sorted */
    size_t nquoted;
} ir_file;

ir_node *ir_node_new(ir_kind kind, unsigned begin, unsigned end);
void ir_add_kid(ir_node *parent, ir_node *kid);
/* Frees everything the file owns (src only as `expanded`). */
void ir_file_free(ir_file *f);
void ir_node_free(ir_node *n); /* and its kids */

#endif
