/*
 * parse_type.c - C types from libclang to declarators: a declaration of
 * NAME with type T is `prefix NAME suffix`, built inside out around the
 * name (C's "declaration reflects use").
 */
#include "parse_type.h"

#include <stdlib.h>
#include <string.h>


static void type_parts(CXType t, ut_buf *pre, ut_buf *suf, ir_type *info);
static CXType written(CXType t);

static char *type_name(CXType t, ir_type *info)
{
    ut_buf pre = {0}, suf = {0};
    type_parts(t, &pre, &suf, info);
    ut_buf_puts(&pre, suf.data ? suf.data : "");
    free(suf.data);
    char *s = ut_buf_take(&pre);
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        s[--n] = '\0';
    return s;
}

static void prepend(ut_buf *b, const char *s)
{
    ut_buf t = {0};
    ut_buf_puts(&t, s);
    ut_buf_puts(&t, b->data ? b->data : "");
    free(b->data);
    *b = t;
}

/* The declarator is built inside out, around the name (C's "declaration
 * reflects use"): a pointer prepends '*' (parenthesised before an array
 * or function), an array or function appends its brackets. */
static void function_parts(CXType t, ut_buf *pre, ut_buf *suf,
                           ir_type *info)
{
    int n = clang_getNumArgTypes(t);
    ut_buf_puts(suf, "(");
    for (int i = 0; i < n; i++) {
        char *s = type_name(clang_getArgType(t, (unsigned)i), info);
        ut_buf_printf(suf, "%s%s", i ? ", " : "", s);
        free(s);
    }
    if (t.kind == CXType_FunctionProto && clang_isFunctionTypeVariadic(t))
        ut_buf_puts(suf, n ? ", ..." : "...");
    else if (t.kind == CXType_FunctionProto && n == 0)
        ut_buf_puts(suf, "void");
    ut_buf_puts(suf, ")");
    type_parts(clang_getResultType(t), pre, suf, info);
}

static void pointer_parts(CXType t, ut_buf *pre, ut_buf *suf, ir_type *info)
{
    if (clang_isRestrictQualifiedType(t))
        prepend(pre, "restrict ");
    if (clang_isVolatileQualifiedType(t))
        prepend(pre, "volatile ");
    if (clang_isConstQualifiedType(t))
        prepend(pre, "const ");
    prepend(pre, "*");
    CXType to = written(clang_getPointeeType(t));
    enum CXTypeKind k = to.kind;
    if (k == CXType_ConstantArray || k == CXType_IncompleteArray ||
        k == CXType_VariableArray || k == CXType_FunctionProto ||
        k == CXType_FunctionNoProto) {
        prepend(pre, "(");
        ut_buf_puts(suf, ")");
    }
    type_parts(to, pre, suf, info);
}

static void array_parts(CXType t, ut_buf *pre, ut_buf *suf, ir_type *info)
{
    if (t.kind == CXType_ConstantArray)
        ut_buf_printf(suf, "[%lld]", clang_getArraySize(t));
    else
        ut_buf_puts(suf, "[]");
    if (t.kind == CXType_VariableArray)
        info->is_vla = 1;
    type_parts(clang_getArrayElementType(t), pre, suf, info);
}

/* Is t a `typeof (x)`, which names x, out of scope where the type is
 * spelled again? */
static int is_typeof(CXType t)
{
    if (t.kind == CXType_Typedef ||
        clang_equalTypes(clang_getCanonicalType(t), t))
        return 0;
    CXString s = clang_getTypeSpelling(t);
    const char *name = clang_getCString(s);
    int hit = !strncmp(name, "typeof", 6) || !strncmp(name, "__typeof", 8);
    clang_disposeString(s);
    return hit;
}

/* The type whose parts type_parts() writes for t: a typeof is spelled
 * by the type it stands for, an attributed type by the type it
 * modifies. */
static CXType written(CXType t)
{
    for (;;) {
        if (t.kind == CXType_Attributed)
            t = clang_Type_getModifiedType(t);
        else if (is_typeof(t))
            t = clang_getCanonicalType(t);
        else
            return t;
    }
}

/* A type spelled by its name (see written()). */
static void named_parts(CXType t, ut_buf *pre, ir_type *info)
{
    CXString s = clang_getTypeSpelling(t);
    const char *name = clang_getCString(s);
    if (strstr(name, "(unnamed") || strstr(name, "(anonymous"))
        info->is_anonymous = 1;
    char *head = ut_format("%s ", name);
    clang_disposeString(s);
    prepend(pre, head);
    free(head);
}

/* Builds the declarator parts of t: pre NAME suf. */
static void type_parts(CXType t, ut_buf *pre, ut_buf *suf, ir_type *info)
{
    t = written(t);
    switch (t.kind) {
    case CXType_Pointer:
    case CXType_BlockPointer:
        pointer_parts(t, pre, suf, info);
        break;
    case CXType_ConstantArray:
    case CXType_IncompleteArray:
    case CXType_VariableArray:
    case CXType_DependentSizedArray:
        array_parts(t, pre, suf, info);
        break;
    case CXType_FunctionProto:
    case CXType_FunctionNoProto:
        function_parts(t, pre, suf, info);
        break;
    default:
        named_parts(t, pre, info);
        break;
    }
}

/* Is t an array type as written (not through a typedef)? */
static int is_array(CXType t)
{
    return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
           t.kind == CXType_VariableArray;
}

/* The IR type of t, without its top-level qualifiers. */
static int has_const_member(CXType t);

static enum CXVisitorResult const_field(CXCursor field, CXClientData found)
{
    CXType t = clang_getCursorType(field);
    if (clang_isConstQualifiedType(clang_getCanonicalType(t)) ||
        has_const_member(t)) {
        *(int *)found = 1;
        return CXVisit_Break;
    }
    return CXVisit_Continue;
}

/* Does record type t (or an array of them) have a const member, at any
 * depth? C cannot assign it. */
static int has_const_member(CXType t)
{
    CXType c = clang_getCanonicalType(t);
    if (is_array(c))
        return has_const_member(clang_getArrayElementType(c));
    int found = 0;
    if (c.kind == CXType_Record)
        clang_Type_visitFields(c, const_field, &found);
    return found;
}

ir_type ptype_make(CXType t)
{
    ir_type r = {0};
    /* A qualified array typedef (`const vec`) qualifies its elements,
     * which no copy of the array drops. */
    CXType u = is_array(clang_getCanonicalType(t)) ? t
                                                   : clang_getUnqualifiedType(t);
    ut_buf pre = {0}, suf = {0};
    type_parts(u, &pre, &suf, &r);
    r.prefix = ut_buf_take(&pre);
    r.suffix = ut_buf_take(&suf);
    enum CXTypeKind k = clang_getCanonicalType(u).kind;
    r.is_void = k == CXType_Void;
    r.is_array = k == CXType_ConstantArray || k == CXType_IncompleteArray ||
                 k == CXType_VariableArray;
    r.is_record = k == CXType_Record;
    r.is_unassignable = has_const_member(u);
    r.size = clang_Type_getSizeOf(u);
    r.align = clang_Type_getAlignOf(u);
    return r;
}

/* The element type of array type t, with its qualifiers: as written, they
 * are the element's (`const int a[]`); a typedef's canonical array type
 * carries them itself (`const vec v`), so they are put back on a named
 * element (a pointer element's keeps its spelling). */
static CXType element_of(CXType t, ut_buf *quals)
{
    if (is_array(t))
        return clang_getArrayElementType(t);
    CXType canon = clang_getCanonicalType(t);
    CXType elem = clang_getArrayElementType(canon);
    if (elem.kind == CXType_Pointer || is_array(elem))
        return elem;
    if (clang_isVolatileQualifiedType(canon) &&
        !clang_isVolatileQualifiedType(elem))
        ut_buf_puts(quals, "volatile ");
    if (clang_isConstQualifiedType(canon) && !clang_isConstQualifiedType(elem))
        ut_buf_puts(quals, "const ");
    return elem;
}

static int is_function(CXType t)
{
    enum CXTypeKind k = clang_getCanonicalType(t).kind;
    return k == CXType_FunctionProto || k == CXType_FunctionNoProto;
}

ir_type ptype_decayed(CXType t)
{
    ir_type r = {0};
    ut_buf pre = {0}, suf = {0}, quals = {0};
    CXType to = is_function(t) ? t : element_of(t, &quals);
    enum CXTypeKind k = written(to).kind;
    prepend(&pre, "*");
    if (is_array(written(to)) || k == CXType_FunctionProto ||
        k == CXType_FunctionNoProto) {
        prepend(&pre, "(");
        ut_buf_puts(&suf, ")");
    }
    type_parts(to, &pre, &suf, &r);
    if (quals.data)
        prepend(&pre, quals.data);
    free(quals.data);
    r.prefix = ut_buf_take(&pre);
    r.suffix = ut_buf_take(&suf);
    r.size = r.align = (long long)sizeof(void *);
    return r;
}

