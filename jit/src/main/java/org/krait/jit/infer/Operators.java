package org.krait.jit.infer;

import org.krait.jit.types.JitType;
import org.krait.jit.types.OptionalType;
import org.krait.jit.types.Scalar;
import org.krait.jit.types.TupleType;
import org.krait.parser.ast.CmpOp;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.UnaryOperator;

import java.util.ArrayList;
import java.util.List;

/**
 * Result types of operators on numbers, as in Numba: integer arithmetic yields int64 (bool operands included),
 * true division a float, anything with a float a float64, anything with a complex a complex128.
 */
public final class Operators {
    private Operators() {
    }

    /** The result type of {@code l op r}, or null when the operator does not apply. */
    public static JitType binary(Operator op, JitType l, JitType r) {
        if (op == Operator.ADD && l instanceof TupleType a && r instanceof TupleType b) {
            List<JitType> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return new TupleType(items);
        }
        if (!(l instanceof Scalar x) || !(r instanceof Scalar y) || !x.isNumber() || !y.isNumber()) {
            return null;
        }
        int rank = Math.max(x.widen().rank(), y.widen().rank());
        return switch (op) {
            case ADD, SUB, MULT, POW -> Scalar.ofRank(Math.max(rank, 1));
            case DIV -> Scalar.ofRank(Math.max(rank, 2));
            case FLOORDIV, MOD -> rank == 3 ? null : Scalar.ofRank(Math.max(rank, 1));
            case BITAND, BITOR, BITXOR -> rank == 0 ? Scalar.BOOL : rank == 1 ? Scalar.INT64 : null;
            case LSHIFT, RSHIFT -> rank <= 1 ? Scalar.INT64 : null;
            case MATMULT -> null;
        };
    }

    /** The operand type both sides are converted to before {@code l op r} is computed. */
    public static Scalar operandType(Operator op, Scalar l, Scalar r) {
        int rank = Math.max(l.widen().rank(), r.widen().rank());
        if (op == Operator.DIV) {
            return Scalar.ofRank(Math.max(rank, 2));
        }
        if ((op == Operator.BITAND || op == Operator.BITOR || op == Operator.BITXOR) && rank == 0) {
            return Scalar.BOOL;
        }
        return Scalar.ofRank(Math.max(rank, 1));
    }

    public static JitType unary(UnaryOperator op, JitType t) {
        if (!(t instanceof Scalar s) || !s.isNumber()) {
            return null;
        }
        Scalar w = s.widen();
        return switch (op) {
            case USUB, UADD -> w == Scalar.BOOL ? Scalar.INT64 : w;
            case INVERT -> w == Scalar.BOOL ? Scalar.BOOL : w.rank() == 1 ? Scalar.INT64 : null;
            case NOT -> Scalar.BOOL;
        };
    }

    /** Whether {@code l op r} can be compared in jitted code. */
    public static boolean comparable(CmpOp op, JitType l, JitType r) {
        switch (op) {
            case IS, ISNOT:
                // only against None: identity of numbers is not something jitted code can keep
                return l == Scalar.NONE || r == Scalar.NONE;
            case IN, NOTIN:
                return r instanceof TupleType t && t.items().stream().allMatch(i -> comparable(CmpOp.EQ, l, i));
            default:
                break;
        }
        if (l instanceof Scalar x && r instanceof Scalar y) {
            if (x == Scalar.NONE || y == Scalar.NONE) {
                return (op == CmpOp.EQ || op == CmpOp.NOTEQ);
            }
            boolean complex = x.widen() == Scalar.COMPLEX128 || y.widen() == Scalar.COMPLEX128;
            return !complex || op == CmpOp.EQ || op == CmpOp.NOTEQ;
        }
        if (l instanceof OptionalType || r instanceof OptionalType) {
            return false;
        }
        if (l instanceof TupleType a && r instanceof TupleType b) {
            if (op != CmpOp.EQ && op != CmpOp.NOTEQ) {
                return false;
            }
            if (a.size() != b.size()) {
                return true;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!comparable(CmpOp.EQ, a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Python's {@code operator} function name, as Numba's messages print it. */
    public static String name(Operator op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MULT -> "mul";
            case MATMULT -> "matmul";
            case DIV -> "truediv";
            case MOD -> "mod";
            case POW -> "pow";
            case LSHIFT -> "lshift";
            case RSHIFT -> "rshift";
            case BITOR -> "or_";
            case BITXOR -> "xor";
            case BITAND -> "and_";
            case FLOORDIV -> "floordiv";
        };
    }

    public static String name(UnaryOperator op) {
        return switch (op) {
            case USUB -> "neg";
            case UADD -> "pos";
            case INVERT -> "invert";
            case NOT -> "not_";
        };
    }

    public static String name(CmpOp op) {
        return switch (op) {
            case EQ -> "eq";
            case NOTEQ -> "ne";
            case LT -> "lt";
            case LTE -> "le";
            case GT -> "gt";
            case GTE -> "ge";
            case IS -> "is_";
            case ISNOT -> "is_not";
            case IN -> "contains";
            case NOTIN -> "not_contains";
        };
    }
}
