package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;

/**
 * The elements of an array, broadcast to a shape, gathered in C order into a {@code long[]} or {@code double[]}
 * lane for the kernels. An array of one element gives a lane of length 1, which kernels read as a constant; a
 * dense array already of the lane's type gives its own data without copying.
 */
final class Lanes {
    private Lanes() {
    }

    /** Visits the positions in the backing array of the elements, in C order: {@code k} counts them. */
    interface Visitor {
        void visit(int k, int position);
    }

    /**
     * Visits the rows of the last dimension: {@code n} elements counted from {@code k}, at {@code position},
     * {@code position + stride}, ... Kernels loop over a row themselves, so the per-row call costs nothing.
     */
    interface RowVisitor {
        void row(int k, int position, int n, int stride);
    }

    static void forEachRow(long offset, long[] shape, long[] strides, RowVisitor v) {
        int nd = shape.length;
        if (nd == 0) {
            v.row(0, (int) offset, 1, 0);
            return;
        }
        if (Shapes.size(shape) == 0) {
            return;
        }
        int inner = (int) shape[nd - 1];
        int innerStride = (int) strides[nd - 1];
        long[] index = new long[nd];
        int k = 0;
        long base = offset;
        while (true) {
            v.row(k, (int) base, inner, innerStride);
            k += inner;
            int d = nd - 2;
            while (d >= 0) {
                index[d]++;
                base += strides[d];
                if (index[d] < shape[d]) {
                    break;
                }
                base -= index[d] * strides[d];
                index[d] = 0;
                d--;
            }
            if (d < 0) {
                return;
            }
        }
    }

    static void forEach(long offset, long[] shape, long[] strides, Visitor v) {
        forEachRow(offset, shape, strides, (k, p, n, s) -> {
            for (int j = 0; j < n; j++) {
                v.visit(k + j, p + j * s);
            }
        });
    }

    static void forEach(PyNDArray a, Visitor v) {
        forEach(a.offset(), a.shape(), a.strides(), v);
    }

    static long[] longs(PyNDArray a, long[] shape) {
        if (a.size() == 1) {
            return new long[]{Storage.longs(a.dtype(), a.data()).get(a.position(0))};
        }
        Object data = a.data();
        if ((a.dtype() == Scalar.INT64 || a.dtype() == Scalar.UINT64) && a.offset() == 0 && a.isCContiguous()
                && ((long[]) data).length == a.size() && java.util.Arrays.equals(a.shape(), shape)) {
            return (long[]) data;
        }
        long[] out = new long[Shapes.elements(shape, Scalar.INT64)];
        long[] strides = Shapes.broadcastStrides(a, shape);
        if (data instanceof long[] d) {
            forEachRow(a.offset(), shape, strides, (k, p, n, s) -> {
                for (int j = 0; j < n; j++) {
                    out[k + j] = d[p + j * s];
                }
            });
        } else {
            Storage.LongGet get = Storage.longs(a.dtype(), data);
            forEach(a.offset(), shape, strides, (k, p) -> out[k] = get.get(p));
        }
        return out;
    }

    static double[] doubles(PyNDArray a, long[] shape) {
        if (a.size() == 1) {
            return new double[]{Storage.doubles(a.dtype(), a.data()).get(a.position(0))};
        }
        Object data = a.data();
        if (a.dtype() == Scalar.FLOAT64 && a.offset() == 0 && a.isCContiguous() && ((double[]) data).length == a.size()
                && java.util.Arrays.equals(a.shape(), shape)) {
            return (double[]) data;
        }
        double[] out = new double[Shapes.elements(shape, Scalar.FLOAT64)];
        long[] strides = Shapes.broadcastStrides(a, shape);
        if (a.dtype() == Scalar.FLOAT64) {
            double[] d = (double[]) data;
            forEachRow(a.offset(), shape, strides, (k, p, n, s) -> {
                for (int j = 0; j < n; j++) {
                    out[k + j] = d[p + j * s];
                }
            });
        } else {
            Storage.DoubleGet get = Storage.doubles(a.dtype(), data);
            forEach(a.offset(), shape, strides, (k, p) -> out[k] = get.get(p));
        }
        return out;
    }

    /** A new array of {@code dtype} holding the lane's values (the lane itself when its type fits). */
    static PyNDArray fromLongs(Scalar dtype, long[] lane, long[] shape) {
        if (dtype == Scalar.INT64 || dtype == Scalar.UINT64) {
            return PyNDArray.of(dtype, lane, shape);
        }
        Object data = Storage.allocate(dtype, shape);
        Storage.LongSet set = Storage.longSetter(dtype, data);
        for (int i = 0; i < lane.length; i++) {
            set.set(i, lane[i]);
        }
        return PyNDArray.of(dtype, data, shape);
    }

    static PyNDArray fromDoubles(Scalar dtype, double[] lane, long[] shape) {
        if (dtype == Scalar.FLOAT64) {
            return PyNDArray.of(dtype, lane, shape);
        }
        Object data = Storage.allocate(dtype, shape);
        Storage.DoubleSet set = Storage.doubleSetter(dtype, data);
        for (int i = 0; i < lane.length; i++) {
            set.set(i, lane[i]);
        }
        return PyNDArray.of(dtype, data, shape);
    }

    /** Writes {@code src} (broadcast) into the elements of {@code dst}, converting to its dtype. */
    static void copyInto(PyNDArray dst, PyNDArray src) {
        long[] shape = dst.shape();
        // the source is read completely before writing: it may overlap the destination (a[1:] = a[:-1])
        if (Storage.isFloat(dst.dtype()) || Storage.isFloat(src.dtype())) {
            double[] read = doubles(src, shape);
            double[] values = read == src.data() && src.data() == dst.data() ? read.clone() : read;
            int step = values.length == 1 ? 0 : 1;
            if (dst.dtype() == Scalar.FLOAT64) {
                double[] d = (double[]) dst.data();
                forEachRow(dst.offset(), shape, dst.strides(), (k, p, n, s) -> {
                    for (int j = 0; j < n; j++) {
                        d[p + j * s] = values[(k + j) * step];
                    }
                });
            } else {
                Storage.DoubleSet set = Storage.doubleSetter(dst.dtype(), dst.data());
                forEach(dst, (k, p) -> set.set(p, values[k * step]));
            }
        } else {
            long[] read = longs(src, shape);
            long[] values = read == src.data() && src.data() == dst.data() ? read.clone() : read;
            int step = values.length == 1 ? 0 : 1;
            if (dst.data() instanceof long[] d) {
                forEachRow(dst.offset(), shape, dst.strides(), (k, p, n, s) -> {
                    for (int j = 0; j < n; j++) {
                        d[p + j * s] = values[(k + j) * step];
                    }
                });
            } else {
                Storage.LongSet set = Storage.longSetter(dst.dtype(), dst.data());
                forEach(dst, (k, p) -> set.set(p, values[k * step]));
            }
        }
    }
}
