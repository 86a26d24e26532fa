package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;

/**
 * Element-wise ufuncs over broadcast operands: the result dtype by {@link Promotion}, the work in the long or
 * double lane, with the GIL released for large arrays. When every operand was a Python scalar the result is a
 * Python scalar too.
 */
final class Elementwise {
    private Elementwise() {
    }

    static Object binary(BinaryOp op, Operand x, Operand y) {
        Scalar common = Promotion.result(x, y);
        Scalar result = resultType(op, common);
        long[] shape = Shapes.broadcast(x.array().shape(), y.array().shape());
        int n = Shapes.elements(shape, result);
        PyNDArray out = Released.run(n, () -> {
            if (Storage.isFloat(result)) {
                double[] a = Lanes.doubles(x.array(), shape);
                double[] b = Lanes.doubles(y.array(), shape);
                double[] r = new double[n];
                int sa = a.length == 1 ? 0 : 1;
                int sb = b.length == 1 ? 0 : 1;
                var f = op.doubleOp;
                for (int i = 0; i < n; i++) {
                    r[i] = f.applyAsDouble(a[i * sa], b[i * sb]);
                }
                return Lanes.fromDoubles(result, r, shape);
            }
            long[] a = Lanes.longs(x.array(), shape);
            long[] b = Lanes.longs(y.array(), shape);
            long[] r = new long[n];
            int sa = a.length == 1 ? 0 : 1;
            int sb = b.length == 1 ? 0 : 1;
            var f = result == Scalar.BOOL ? boolOp(op) : op.longOp;
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsLong(a[i * sa], b[i * sb]);
            }
            return Lanes.fromLongs(result, r, shape);
        });
        return x.weak() && y.weak() ? Scalars.item(out, 0) : out;
    }

    private static Scalar resultType(BinaryOp op, Scalar common) {
        if (op.isFloatOnly()) {
            return common.kind() == Scalar.Kind.FLOAT ? common : Scalar.FLOAT64;
        }
        if (op.doubleOp == null && Storage.isFloat(common)) {
            throw PyErrors.typeError("ufunc '" + op.ufunc + "' not supported for the input types, and the inputs "
                    + "could not be safely coerced to any supported types according to the casting rule ''safe''");
        }
        if (common == Scalar.BOOL) {
            return switch (op) {
                case ADD, MULTIPLY, MINIMUM, MAXIMUM, BITWISE_AND, BITWISE_OR, BITWISE_XOR -> Scalar.BOOL;
                case SUBTRACT -> throw PyErrors.typeError("numpy boolean subtract, the `-` operator, is not "
                        + "supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
                default -> Scalar.INT8;
            };
        }
        return common;
    }

    /** On bools, + is "or" and * is "and". */
    private static java.util.function.LongBinaryOperator boolOp(BinaryOp op) {
        return switch (op) {
            case ADD -> (a, b) -> a | b;
            default -> op.longOp;
        };
    }

    static Object compare(Comparison op, Operand x, Operand y) {
        Scalar common = Promotion.result(x, y);
        long[] shape = Shapes.broadcast(x.array().shape(), y.array().shape());
        int n = Shapes.elements(shape, Scalar.BOOL);
        PyNDArray out = Released.run(n, () -> {
            boolean[] r = new boolean[n];
            if (Storage.isFloat(common)) {
                double[] a = Lanes.doubles(x.array(), shape);
                double[] b = Lanes.doubles(y.array(), shape);
                int sa = a.length == 1 ? 0 : 1;
                int sb = b.length == 1 ? 0 : 1;
                for (int i = 0; i < n; i++) {
                    r[i] = op.test(a[i * sa], b[i * sb]);
                }
            } else {
                long[] a = Lanes.longs(x.array(), shape);
                long[] b = Lanes.longs(y.array(), shape);
                int sa = a.length == 1 ? 0 : 1;
                int sb = b.length == 1 ? 0 : 1;
                for (int i = 0; i < n; i++) {
                    r[i] = op.test(a[i * sa], b[i * sb]);
                }
            }
            return PyNDArray.of(Scalar.BOOL, r, shape);
        });
        return x.weak() && y.weak() ? Scalars.item(out, 0) : out;
    }

    static Object unary(UnaryOp op, Operand operand) {
        // numpy squares bools as int8
        Operand x = op == UnaryOp.SQUARE && operand.dtype() == Scalar.BOOL
                ? new Operand(Conversions.astype(operand.array(), Scalar.INT8), operand.weak()) : operand;
        Scalar in = x.dtype();
        if (op.doubleOp == null && Storage.isFloat(in)) {
            throw PyErrors.typeError("ufunc '" + op.ufunc + "' not supported for the input types, and the inputs "
                    + "could not be safely coerced to any supported types according to the casting rule ''safe''");
        }
        if (in == Scalar.BOOL && op == UnaryOp.NEGATIVE) {
            throw PyErrors.typeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` "
                    + "operator or the logical_not function instead.");
        }
        if (in == Scalar.BOOL && op == UnaryOp.SIGN) {
            throw PyErrors.typeError("ufunc 'sign' did not contain a loop with signature matching types <class "
                    + "'numpy.dtype[bool_]'> -> None");
        }
        boolean floatLane = Storage.isFloat(in) || op.longOp == null;
        Scalar result = op.isTest() ? Scalar.BOOL : floatLane ? Promotion.floating(in) : in;
        long[] shape = x.array().shape();
        int n = Shapes.elements(shape, result);
        PyNDArray out = Released.run(n, () -> {
            if (floatLane) {
                double[] a = Lanes.doubles(x.array(), shape);
                var f = op.doubleOp;
                if (op.isTest()) {
                    long[] r = new long[a.length];
                    for (int i = 0; i < a.length; i++) {
                        r[i] = (long) f.applyAsDouble(a[i]);
                    }
                    return Lanes.fromLongs(result, r, shape);
                }
                double[] r = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    r[i] = f.applyAsDouble(a[i]);
                }
                return Lanes.fromDoubles(result, r, shape);
            }
            long[] a = Lanes.longs(x.array(), shape);
            long[] r = new long[a.length];
            var f = in == Scalar.BOOL && op == UnaryOp.INVERT ? UnaryOp.LOGICAL_NOT.longOp : op.longOp;
            for (int i = 0; i < a.length; i++) {
                r[i] = f.applyAsLong(a[i]);
            }
            return Lanes.fromLongs(result, r, shape);
        });
        return x.weak() ? Scalars.item(out, 0) : out;
    }

    /**
     * {@code a op= b}: the result written back into {@code a}, which numpy allows only when the result's kind
     * casts to a's dtype ('same_kind').
     */
    static PyNDArray inPlace(BinaryOp op, PyNDArray a, Operand y) {
        Object r = binary(op, new Operand(a, false), y);
        PyNDArray result = (PyNDArray) r;
        checkCast(op.ufunc, result.dtype(), a.dtype());
        Released.run(a.size(), () -> {
            Lanes.copyInto(a, result);
            return null;
        });
        return a;
    }

    static void checkCast(String ufunc, Scalar from, Scalar to) {
        if (kindRank(from) > kindRank(to)) {
            throw PyErrors.typeError("Cannot cast ufunc '" + ufunc + "' output from dtype('" + from.typeName()
                    + "') to dtype('" + to.typeName() + "') with casting rule 'same_kind'");
        }
    }

    private static int kindRank(Scalar t) {
        return switch (t.kind()) {
            case BOOL -> 0;
            case INT, UINT -> 1;
            case FLOAT -> 2;
            default -> 3;
        };
    }
}
