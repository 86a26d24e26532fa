package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;

/** {@code cumsum} and {@code cumprod}: running sums and products along an axis, or over the flattened array. */
final class Cumulative {
    private Cumulative() {
    }

    static PyNDArray apply(PyNDArray a, Integer axis, boolean product) {
        Scalar t = Reduction.SUM.resultType(a.dtype());
        if (axis == null) {
            a = Conversions.flatten(a);
            axis = 0;
        }
        int ax = axis < 0 ? axis + a.ndim() : axis;
        if (ax < 0 || ax >= a.ndim()) {
            throw NumpyTypes.axisError(axis, a.ndim());
        }
        PyNDArray out = Conversions.astype(a, t);
        long n = out.shape()[ax];
        long stride = out.strides()[ax];
        PyNDArray v = Conversions.axisLast(out, ax);
        long[] outer = java.util.Arrays.copyOf(v.shape(), v.ndim() - 1);
        long[] outerStrides = java.util.Arrays.copyOf(v.strides(), v.ndim() - 1);
        Released.run(out.size(), () -> {
            if (Storage.isFloat(t)) {
                Storage.DoubleGet get = Storage.doubles(t, out.data());
                Storage.DoubleSet set = Storage.doubleSetter(t, out.data());
                Lanes.forEach(out.offset(), outer, outerStrides, (k, p) -> {
                    double acc = product ? 1 : 0;
                    for (int i = 0; i < n; i++) {
                        int q = (int) (p + i * stride);
                        acc = product ? acc * get.get(q) : acc + get.get(q);
                        set.set(q, acc);
                    }
                });
            } else {
                Storage.LongGet get = Storage.longs(t, out.data());
                Storage.LongSet set = Storage.longSetter(t, out.data());
                Lanes.forEach(out.offset(), outer, outerStrides, (k, p) -> {
                    long acc = product ? 1 : 0;
                    for (int i = 0; i < n; i++) {
                        int q = (int) (p + i * stride);
                        acc = product ? acc * get.get(q) : acc + get.get(q);
                        set.set(q, acc);
                    }
                });
            }
            return null;
        });
        return out;
    }
}
