package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;

import java.util.Arrays;
import java.util.Comparator;

/**
 * {@code sort} and {@code argsort} along an axis (the last by default; None sorts the flattened array). NaN sorts
 * last, as in numpy; argsort is stable.
 */
final class Ordering {
    private Ordering() {
    }

    /** A view whose last axis is {@code axis} (null: the flattened array). */
    private static PyNDArray rows(PyNDArray a, Integer axis) {
        if (axis == null) {
            return Conversions.flatten(a);
        }
        if (a.ndim() == 0) {
            throw NumpyTypes.axisError(axis, 0);
        }
        int ax = axis < 0 ? axis + a.ndim() : axis;
        if (ax < 0 || ax >= a.ndim()) {
            throw NumpyTypes.axisError(axis, a.ndim());
        }
        return Conversions.axisLast(a, ax);
    }

    static PyNDArray sort(PyNDArray a, Integer axis) {
        PyNDArray v = rows(a, axis);
        int m = (int) v.shape()[v.ndim() - 1];
        PyNDArray out = Released.run(v.size(), () -> {
            if (Storage.isFloat(v.dtype())) {
                double[] lane = Lanes.doubles(v, v.shape()).clone();
                for (int from = 0; from < lane.length; from += m) {
                    Arrays.sort(lane, from, from + m);
                }
                return Lanes.fromDoubles(v.dtype(), lane, v.shape().clone());
            }
            long[] lane = Lanes.longs(v, v.shape()).clone();
            for (int from = 0; from < lane.length; from += m) {
                Arrays.sort(lane, from, from + m);
            }
            return Lanes.fromLongs(v.dtype(), lane, v.shape().clone());
        });
        return axis == null ? out : moveBack(out, a.ndim(), axis);
    }

    static PyNDArray argsort(PyNDArray a, Integer axis) {
        PyNDArray v = rows(a, axis);
        int m = (int) v.shape()[v.ndim() - 1];
        double[] keys = Lanes.doubles(v, v.shape());
        long[] order = new long[(int) v.size()];
        Integer[] index = new Integer[m];
        for (int from = 0; from < order.length; from += m) {
            for (int i = 0; i < m; i++) {
                index[i] = i;
            }
            int base = from;
            Arrays.sort(index, Comparator.comparingDouble(i -> keys[keys.length == 1 ? 0 : base + i]));
            for (int i = 0; i < m; i++) {
                order[from + i] = index[i];
            }
        }
        PyNDArray out = PyNDArray.of(Scalar.INT64, order, v.shape().clone());
        return axis == null ? out : moveBack(out, a.ndim(), axis);
    }

    /** The result laid out with the sorted axis back in its place (a C-contiguous copy). */
    private static PyNDArray moveBack(PyNDArray sorted, int ndim, int axis) {
        int ax = axis < 0 ? axis + ndim : axis;
        int last = ndim - 1;
        long[] shape = new long[ndim];
        long[] strides = new long[ndim];
        for (int d = 0, j = 0; d < ndim; d++) {
            int from = d == ax ? last : j++;
            shape[d] = sorted.shape()[from];
            strides[d] = sorted.strides()[from];
        }
        PyNDArray view = sorted.view(sorted.offset(), shape, strides);
        return view.isCContiguous() ? view : Conversions.astype(view, view.dtype());
    }
}
