package org.krait.nodes;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.expression.ConstantNode;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Operator;
import org.krait.runtime.Arith;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyException;
import org.krait.runtime.PyNone;
import org.krait.runtime.PySet;
import org.krait.runtime.PyTuple;
import org.krait.runtime.Sets;

/**
 * CPython turns sets of constants into frozenset constants at compile time, which changes their slot layout
 * and so their iteration order: a display {@code {c1, c2, c3, ...}} of three or more constants becomes "new set
 * updated from a frozenset constant", and a constant set after {@code in} / {@code not in} or as the iterable of
 * a {@code for} loop or comprehension becomes the frozenset itself. This mirrors that, including CPython's
 * compile-time folding of the items ({@code -1}, {@code 2 ** 8}, tuples of constants).
 */
final class ConstantSetFolding {
    private static final Object NOT_CONSTANT = new Object();
    /** CPython does not fold int products/powers/shifts beyond this many bits. */
    private static final int MAX_INT_BITS = 128;

    private ConstantSetFolding() {
    }

    /** The node for a set display of constants with more than two items, or null for an ordinary display. */
    static ExprNode display(List<Expr> elts, Sets.ConstantSets cache) {
        if (elts.size() <= 2) {
            return null;
        }
        PySet constant = constantSet(elts, cache);
        return constant == null ? null : new SetFromConstantNode(constant);
    }

    /** A frozenset constant for {@code e} when it is a set display of constants used as an iterable, else null. */
    static ExprNode iterable(Expr e, Sets.ConstantSets cache) {
        if (e instanceof Expr.SetExpr s) {
            PySet constant = constantSet(s.elts(), cache);
            return constant == null ? null : new ConstantNode(constant);
        }
        return null;
    }

    private static PySet constantSet(List<Expr> elts, Sets.ConstantSets cache) {
        Object[] values = new Object[elts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fold(elts.get(i));
            if (values[i] == NOT_CONSTANT) {
                return null;
            }
        }
        return cache.intern(values);
    }

    /** The compile-time value of {@code e}, or NOT_CONSTANT. */
    private static Object fold(Expr e) {
        try {
            return switch (e) {
                case Expr.Constant c -> constant(c.value());
                case Expr.TupleExpr t -> tuple(t.elts());
                case Expr.UnaryOp u -> unary(u);
                case Expr.BinOp b -> binary(b);
                default -> NOT_CONSTANT;
            };
        } catch (PyException ex) {
            return NOT_CONSTANT; // CPython leaves an operation that fails unfolded
        }
    }

    private static Object constant(Object v) {
        if (v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof String
                || v instanceof Boolean) {
            return v;
        } else if (v instanceof byte[] b) {
            return new PyBytes(b);
        } else if (v == Expr.Constant.NONE) {
            return PyNone.NONE;
        }
        return NOT_CONSTANT;
    }

    private static Object tuple(List<Expr> elts) {
        Object[] items = new Object[elts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = fold(elts.get(i));
            if (items[i] == NOT_CONSTANT) {
                return NOT_CONSTANT;
            }
        }
        return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Boolean;
    }

    private static Object unary(Expr.UnaryOp u) {
        Object v = fold(u.operand());
        if (v == NOT_CONSTANT) {
            return NOT_CONSTANT;
        }
        return switch (u.op()) {
            case NOT -> !Ops.isTrue(v);
            case USUB -> isNumber(v) ? Arith.negate(v) : NOT_CONSTANT;
            case UADD -> isNumber(v) ? Arith.positive(v) : NOT_CONSTANT;
            case INVERT -> isNumber(v) ? Arith.invert(v) : NOT_CONSTANT;
        };
    }

    private static Object binary(Expr.BinOp b) {
        Object x = fold(b.left());
        Object y = fold(b.right());
        if (!isNumber(x) || !isNumber(y) || b.op() == Operator.MATMULT) {
            return NOT_CONSTANT;
        }
        boolean ints = !(x instanceof Double) && !(y instanceof Double);
        if (ints) {
            long xb = Arith.big(x).abs().bitLength();
            BigInteger yv = Arith.big(y);
            long yb = yv.abs().bitLength();
            boolean tooBig = switch (b.op()) {
                case MULT -> xb + yb > MAX_INT_BITS;
                case POW -> xb > 0 && yv.signum() > 0
                        && (yv.bitLength() > 31 || xb > MAX_INT_BITS / yv.longValue());
                case LSHIFT -> xb > MAX_INT_BITS || yv.bitLength() > 31 || xb + yv.longValue() > MAX_INT_BITS;
                default -> false;
            };
            if (tooBig) {
                return NOT_CONSTANT;
            }
        }
        return Arith.binary(b.op(), x, y, false);
    }

    /** {@code {c1, c2, c3, ...}}: a new set updated from the frozenset constant. */
    static final class SetFromConstantNode extends ExprNode {
        private final PySet constant;

        SetFromConstantNode(PySet constant) {
            this.constant = constant;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return Sets.fromConstant(constant);
        }
    }
}
