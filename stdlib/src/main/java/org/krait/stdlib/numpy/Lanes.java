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

    static void forEach(long offset, long[] shape, long[] strides, Visitor v) {
        int nd = shape.length;
        if (nd == 0) {
            v.visit(0, (int) offset);
            return;
        }
        long total = Shapes.size(shape);
        if (total == 0) {
            return;
        }
        int inner = (int) shape[nd - 1];
        int innerStride = (int) strides[nd - 1];
        long[] index = new long[nd];
        int k = 0;
        long base = offset;
        while (true) {
            int p = (int) base;
            for (int j = 0; j < inner; j++, p += innerStride) {
                v.visit(k++, p);
            }
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

    static void forEach(PyNDArray a, Visitor v) {
        forEach(a.offset(), a.shape(), a.strides(), v);
    }

    static long[] longs(PyNDArray a, long[] shape) {
        if (a.size() == 1) {
            return new long[]{Storage.longs(a.dtype(), a.data()).get(a.position(0))};
        }
        Object data = a.data();
        if ((a.dtype() == Scalar.INT64 || a.dtype() == Scalar.UINT64) && a.offset() == 0 && a.isDense()
                && ((long[]) data).length == a.size() && java.util.Arrays.equals(a.shape(), shape)) {
            return (long[]) data;
        }
        long[] out = new long[(int) Shapes.size(shape)];
        Storage.LongGet get = Storage.longs(a.dtype(), data);
        forEach(a.offset(), shape, Shapes.broadcastStrides(a, shape), (k, p) -> out[k] = get.get(p));
        return out;
    }

    static double[] doubles(PyNDArray a, long[] shape) {
        if (a.size() == 1) {
            return new double[]{Storage.doubles(a.dtype(), a.data()).get(a.position(0))};
        }
        Object data = a.data();
        if (a.dtype() == Scalar.FLOAT64 && a.offset() == 0 && a.isDense() && ((double[]) data).length == a.size()
                && java.util.Arrays.equals(a.shape(), shape)) {
            return (double[]) data;
        }
        double[] out = new double[(int) Shapes.size(shape)];
        Storage.DoubleGet get = Storage.doubles(a.dtype(), data);
        forEach(a.offset(), shape, Shapes.broadcastStrides(a, shape), (k, p) -> out[k] = get.get(p));
        return out;
    }

    /** A new array of {@code dtype} holding the lane's values (the lane itself when its type fits). */
    static PyNDArray fromLongs(Scalar dtype, long[] lane, long[] shape) {
        if (dtype == Scalar.INT64 || dtype == Scalar.UINT64) {
            return PyNDArray.of(dtype, lane, shape);
        }
        Object data = Storage.allocate(dtype, lane.length);
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
        Object data = Storage.allocate(dtype, lane.length);
        Storage.DoubleSet set = Storage.doubleSetter(dtype, data);
        for (int i = 0; i < lane.length; i++) {
            set.set(i, lane[i]);
        }
        return PyNDArray.of(dtype, data, shape);
    }

    /** Writes {@code src} (broadcast) into the elements of {@code dst}, converting to its dtype. */
    static void copyInto(PyNDArray dst, PyNDArray src) {
        long[] shape = dst.shape();
        if (Storage.isFloat(dst.dtype()) || Storage.isFloat(src.dtype())) {
            double[] values = doubles(src, shape).clone();
            int step = values.length == 1 ? 0 : 1;
            Storage.DoubleSet set = Storage.doubleSetter(dst.dtype(), dst.data());
            forEach(dst, (k, p) -> set.set(p, values[k * step]));
        } else {
            long[] values = longs(src, shape).clone();
            int step = values.length == 1 ? 0 : 1;
            Storage.LongSet set = Storage.longSetter(dst.dtype(), dst.data());
            forEach(dst, (k, p) -> set.set(p, values[k * step]));
        }
    }
}
