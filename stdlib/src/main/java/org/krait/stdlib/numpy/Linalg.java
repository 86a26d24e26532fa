package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;

/** {@code np.dot} and {@code @} for 1-D and 2-D arrays (a scalar operand multiplies element-wise). */
final class Linalg {
    private Linalg() {
    }

    private static final String MATMUL = "gufunc signature (n?,k),(k,m?)->(n?,m?)";

    /** {@code a @ b}: as {@link #dot} for 1-D and 2-D arrays, but scalars are refused. */
    static Object matmul(PyNDArray a, Operand other) {
        PyNDArray b = other.array();
        for (int i = 0; i < 2; i++) {
            if ((i == 0 ? a : b).ndim() == 0) {
                throw PyErrors.valueError("matmul: Input operand " + i + " does not have enough dimensions (has 0, "
                        + MATMUL.replace("signature", "core with signature") + " requires 1)");
            }
        }
        long k = a.shape()[a.ndim() - 1];
        if (b.shape()[0] != k) {
            throw PyErrors.valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with "
                    + MATMUL + " (size " + b.shape()[0] + " is different from " + k + ")");
        }
        return dot(a, other);
    }

    static Object dot(PyNDArray a, Operand other) {
        PyNDArray b = other.array();
        if (a.ndim() == 0 || b.ndim() == 0) {
            return Elementwise.binary(BinaryOp.MULTIPLY, new Operand(a, false), other);
        }
        if (a.ndim() > 2 || b.ndim() > 2) {
            throw PyErrors.notImplemented("dot() of arrays with more than 2 dimensions is not supported");
        }
        // as matrices: (n, k) x (k, m), a 1-D left operand a row, a 1-D right operand a column
        long n = a.ndim() == 2 ? a.shape()[0] : 1;
        long k = a.shape()[a.ndim() - 1];
        long kb = b.shape()[0];
        long m = b.ndim() == 2 ? b.shape()[1] : 1;
        if (k != kb) {
            throw PyErrors.valueError("shapes " + Shapes.compact(a.shape()) + " and " + Shapes.compact(b.shape())
                    + " not aligned: " + k + " (dim " + (a.ndim() - 1) + ") != " + kb + " (dim 0)");
        }
        Scalar t = Promotion.promote(a.dtype(), b.dtype());
        long[] shape = a.ndim() == 2 && b.ndim() == 2 ? new long[]{n, m} : a.ndim() == 2 ? new long[]{n}
                : b.ndim() == 2 ? new long[]{m} : new long[0];
        long[] am = {n, k};
        long[] bm = {k, m};
        Shapes.elements(shape, t);
        PyNDArray left = Conversions.reshape(a, am);
        PyNDArray right = Conversions.reshape(b, bm);
        PyNDArray out = Released.run(n * k * m, () -> {
            if (Storage.isFloat(t)) {
                double[] x = Lanes.doubles(left, am);
                double[] y = Lanes.doubles(right, bm);
                double[] r = new double[(int) (n * m)];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < m; j++) {
                        double s = 0;
                        for (int p = 0; p < k; p++) {
                            s += x[(int) (i * k + p) % x.length] * y[(int) (p * m + j) % y.length];
                        }
                        r[(int) (i * m + j)] = s;
                    }
                }
                return Lanes.fromDoubles(t, r, shape);
            }
            long[] x = Lanes.longs(left, am);
            long[] y = Lanes.longs(right, bm);
            long[] r = new long[(int) (n * m)];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    long s = 0;
                    for (int p = 0; p < k; p++) {
                        s += x[(int) (i * k + p) % x.length] * y[(int) (p * m + j) % y.length];
                    }
                    r[(int) (i * m + j)] = s;
                }
            }
            return Lanes.fromLongs(t == Scalar.BOOL ? Scalar.BOOL : t, r, shape);
        });
        return out.ndim() == 0 ? Scalars.item(out, 0) : out;
    }
}
