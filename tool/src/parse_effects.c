/*
 * parse_effects.c - what evaluating an expression can do. The lowering
 * evaluates an operand before a later operand's await only when the
 * await could change its value; an expression this module finds pure,
 * reading only locals, keeps its value across the await as long as the
 * statement writes none of them and none has its address taken (which
 * the lowering checks: the parse sees the whole function first).
 */
#include "parse_effects.h"

typedef struct walk {
    pe_local_fn *is_local;
    void *ctx;
    int pure;
} walk;

int pe_is_constant_size(CXCursor c)
{
    if (clang_getCursorKind(c) != CXCursor_UnaryExpr)
        return 0;
    CXEvalResult r = clang_Cursor_Evaluate(c);
    int constant = r && clang_EvalResult_getKind(r) == CXEval_Int;
    if (r)
        clang_EvalResult_dispose(r);
    return constant;
}

static int pure_binary(CXCursor c)
{
    enum CXBinaryOperatorKind k = clang_getCursorBinaryOperatorKind(c);
    return k != CXBinaryOperator_Invalid &&
           !(k >= CXBinaryOperator_Assign && k <= CXBinaryOperator_OrAssign);
}

static int pure_unary(CXCursor c)
{
    switch (clang_getCursorUnaryOperatorKind(c)) {
    case CXUnaryOperator_Plus:
    case CXUnaryOperator_Minus:
    case CXUnaryOperator_Not:
    case CXUnaryOperator_LNot:
        return 1;
    default: /* ++, --, &, *, __real__, __imag__, __extension__ (await) */
        return 0;
    }
}

/* `a.m`, not `p->m`: the base is no pointer. */
static enum CXChildVisitResult base_visit(CXCursor c, CXCursor parent,
                                          CXClientData data)
{
    (void)parent;
    if (clang_isExpression(clang_getCursorKind(c))) {
        *(int *)data = clang_getCanonicalType(clang_getCursorType(c)).kind !=
                       CXType_Pointer;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Continue;
}

static int dot_member(CXCursor c)
{
    int dot = 0;
    clang_visitChildren(c, base_visit, &dot);
    return dot;
}

static int pure_ref(walk *w, CXCursor c)
{
    CXCursor ref = clang_getCursorReferenced(c);
    switch (clang_getCursorKind(ref)) {
    case CXCursor_EnumConstantDecl:
    case CXCursor_FunctionDecl:
        return 1;
    case CXCursor_VarDecl:
    case CXCursor_ParmDecl:
        return w->is_local(w->ctx, ref);
    default:
        return 0;
    }
}

static enum CXChildVisitResult pure_visit(CXCursor c, CXCursor parent,
                                          CXClientData data)
{
    (void)parent;
    walk *w = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    int ok = 0;
    switch (k) {
    case CXCursor_IntegerLiteral:
    case CXCursor_FloatingLiteral:
    case CXCursor_CharacterLiteral:
    case CXCursor_StringLiteral:
    case CXCursor_ParenExpr:
    case CXCursor_UnexposedExpr: /* implicit conversions */
    case CXCursor_CStyleCastExpr:
    case CXCursor_ConditionalOperator:
        ok = 1;
        break;
    case CXCursor_UnaryExpr: /* sizeof, _Alignof: its operand unread */
        if (pe_is_constant_size(c))
            return CXChildVisit_Continue;
        break;
    case CXCursor_DeclRefExpr:
        ok = pure_ref(w, c);
        break;
    case CXCursor_MemberRefExpr:
        ok = dot_member(c);
        break;
    case CXCursor_BinaryOperator:
        ok = pure_binary(c);
        break;
    case CXCursor_UnaryOperator:
        ok = pure_unary(c);
        break;
    default:
        ok = clang_isReference(k); /* the type of a cast */
        break;
    }
    if (!ok) {
        w->pure = 0;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

int pe_reads_locals_only(CXCursor c, pe_local_fn *is_local, void *ctx)
{
    walk w = {is_local, ctx, 1};
    if (pure_visit(c, clang_getNullCursor(), &w) == CXChildVisit_Recurse)
        clang_visitChildren(c, pure_visit, &w);
    return w.pure;
}
