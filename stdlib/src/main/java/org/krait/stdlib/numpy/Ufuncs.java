package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyNone;

/** numpy's functions over array-like arguments (arrays, Python numbers, nested lists). */
final class Ufuncs {
    private Ufuncs() {
    }

    static PyNDArray asArray(Object o) {
        return operand(o, "asarray").array();
    }

    static Operand operand(Object o, String function) {
        Operand x = Operand.of(o);
        if (x == null) {
            throw PyErrors.typeError("ufunc '" + function + "' not supported for the input types, and the inputs "
                    + "could not be safely coerced to any supported types according to the casting rule ''safe''");
        }
        return x;
    }

    static Object binary(BinaryOp op, Object x, Object y) {
        return Elementwise.binary(op, operand(x, op.ufunc), operand(y, op.ufunc));
    }

    static Object compare(Comparison op, Object x, Object y) {
        return Elementwise.compare(op, operand(x, op.ufunc), operand(y, op.ufunc));
    }

    static Object unary(UnaryOp op, Object x) {
        return Elementwise.unary(op, operand(x, op.ufunc));
    }

    static org.krait.runtime.PyTuple divmod(Operand x, Operand y) {
        return org.krait.runtime.PyTuple.of(Elementwise.binary(BinaryOp.FLOOR_DIVIDE, x, y),
                Elementwise.binary(BinaryOp.REMAINDER, x, y));
    }

    /** {@code np.clip(a, lo, hi)}: either bound may be None. */
    static Object clip(Object a, Object lo, Object hi) {
        if (lo == PyNone.NONE && hi == PyNone.NONE) {
            throw PyErrors.valueError("One of max or min must be given");
        }
        Object r = a;
        if (lo != PyNone.NONE) {
            r = binary(BinaryOp.MAXIMUM, r, lo);
        }
        if (hi != PyNone.NONE) {
            r = binary(BinaryOp.MINIMUM, r, hi);
        }
        return r;
    }

    /**
     * {@code np.around(a, decimals)}: half to even at {@code decimals} digits, computed as numpy does (scaled by
     * a power of ten, rounded, scaled back); integers are unchanged unless rounded to tens or more.
     */
    static Object around(Object array, long decimals) {
        Operand a = operand(array, "around");
        if (!Storage.isFloat(a.dtype())) {
            if (decimals >= 0) {
                return a.weak() ? Scalars.item(a.array(), 0) : Conversions.astype(a.array(), a.dtype());
            }
            Operand scale = new Operand(Creation.scalar(Math.pow(10, -decimals)), true);
            Object scaled = Elementwise.unary(UnaryOp.RINT, operand(Elementwise.binary(BinaryOp.TRUE_DIVIDE, a,
                    scale), "around"));
            Object r = Elementwise.binary(BinaryOp.MULTIPLY, operand(scaled, "around"), scale);
            return r instanceof PyNDArray x ? Conversions.astype(x, a.dtype()) : Creation.toLong(r);
        }
        if (decimals == 0) {
            return Elementwise.unary(UnaryOp.RINT, a);
        }
        Operand scale = new Operand(Creation.scalar(Math.pow(10, decimals)), true);
        Object scaled = Elementwise.unary(UnaryOp.RINT, operand(Elementwise.binary(BinaryOp.MULTIPLY, a, scale),
                "around"));
        return Elementwise.binary(BinaryOp.TRUE_DIVIDE, operand(scaled, "around"), scale);
    }

    /** {@code np.where(cond, x, y)}: x where cond is true, else y, broadcast together. */
    static Object where(Object cond, Object x, Object y) {
        Operand c = operand(cond, "where");
        Operand a = operand(x, "where");
        Operand b = operand(y, "where");
        Scalar t = Promotion.result(a, b);
        long[] shape = Shapes.broadcast(Shapes.broadcast(c.array().shape(), a.array().shape()), b.array().shape());
        int n = Shapes.elements(shape, t);
        long[] m = Lanes.longs(c.array(), shape);
        int sm = m.length == 1 ? 0 : 1;
        if (Storage.isFloat(t)) {
            double[] u = Lanes.doubles(a.array(), shape);
            double[] v = Lanes.doubles(b.array(), shape);
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = m[i * sm] != 0 ? u[u.length == 1 ? 0 : i] : v[v.length == 1 ? 0 : i];
            }
            return Lanes.fromDoubles(t, r, shape);
        }
        long[] u = Lanes.longs(a.array(), shape);
        long[] v = Lanes.longs(b.array(), shape);
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            r[i] = m[i * sm] != 0 ? u[u.length == 1 ? 0 : i] : v[v.length == 1 ? 0 : i];
        }
        return Lanes.fromLongs(t, r, shape);
    }
}
