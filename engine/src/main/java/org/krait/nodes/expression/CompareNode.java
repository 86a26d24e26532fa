package org.krait.nodes.expression;

import org.krait.runtime.PyException;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.nodes.ExprNode;
import org.krait.parser.ast.CmpOp;
import org.krait.runtime.Ops;

/** {@code a < b} and the other five rich comparisons; {@code op} is constant per node, so its switch folds away. */
@NodeChild("left")
@NodeChild("right")
public abstract class CompareNode extends ExprNode {
    protected final CmpOp op;

    protected CompareNode(CmpOp op) {
        this.op = op;
    }

    @Specialization
    protected boolean doLong(long a, long b) {
        return switch (op) {
            case LT -> a < b;
            case LTE -> a <= b;
            case GT -> a > b;
            case GTE -> a >= b;
            case EQ -> a == b;
            default -> a != b;
        };
    }

    @Specialization
    protected boolean doDouble(double a, double b) {
        return switch (op) {
            case LT -> a < b;
            case LTE -> a <= b;
            case GT -> a > b;
            case GTE -> a >= b;
            case EQ -> a == b;
            default -> a != b;
        };
    }

    @Specialization(guards = "fitsDouble(a)")
    protected boolean doLongDouble(long a, double b) {
        return doDouble(a, b);
    }

    @Specialization(guards = "fitsDouble(b)")
    protected boolean doDoubleLong(double a, long b) {
        return doDouble(a, b);
    }

    @Specialization
    protected boolean doString(String a, String b) {
        return switch (op) {
            case EQ -> a.equals(b);
            case NOTEQ -> !a.equals(b);
            default -> compareStrings(a, b);
        };
    }

    private boolean compareStrings(String a, String b) {
        try {
            return Ops.compare(op, a, b);
        } catch (PyException e) {
            throw located(e);
        }
    }

    /** A program's comparison method may return any object (numpy's give arrays). */
    @Fallback
    protected Object doGeneric(Object a, Object b) {
        try {
            return Ops.richCompare(op, a, b);
        } catch (PyException e) {
            throw located(e);
        }
    }

    /** Ints up to 2**53 convert to float exactly, so comparing as doubles is exact. */
    protected static boolean fitsDouble(long v) {
        return Math.abs(v) < (1L << 53);
    }
}
