package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;

/** New arrays from an array: dtype conversion, copies, reshaping, transposing, and {@code tolist()}. */
final class Conversions {
    private Conversions() {
    }

    /** A C-contiguous copy with elements converted to {@code dtype}. */
    static PyNDArray astype(PyNDArray a, Scalar dtype) {
        PyNDArray out = PyNDArray.zeros(dtype, a.shape().clone());
        Released.run(a.size(), () -> {
            Lanes.copyInto(out, a);
            return null;
        });
        return out;
    }

    /** {@code a.reshape(shape)}: a view when {@code a} is C-contiguous, else a reshaped copy; one -1 is inferred. */
    static PyNDArray reshape(PyNDArray a, long[] requested) {
        long[] shape = requested.clone();
        int unknown = -1;
        long known = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == -1 && unknown < 0) {
                unknown = d;
            } else if (shape[d] < 0) {
                throw PyErrors.valueError(shape[d] == -1 ? "can only specify one unknown dimension"
                        : "negative dimensions not allowed");
            } else {
                known *= shape[d];
            }
        }
        if (unknown >= 0 && known != 0 && a.size() % known == 0) {
            shape[unknown] = a.size() / known;
        }
        if (Shapes.size(shape) != a.size() || (unknown >= 0 && known == 0)) {
            throw PyErrors.valueError("cannot reshape array of size " + a.size() + " into shape "
                    + Shapes.compact(requested).replace("-1", "newaxis"));
        }
        PyNDArray base = a.isCContiguous() ? a : astype(a, a.dtype());
        return base.view(base.offset(), shape, PyNDArray.contiguousStrides(shape));
    }

    /** The axes in reverse order (numpy's {@code a.T}), sharing the data. */
    static PyNDArray transpose(PyNDArray a) {
        int nd = a.ndim();
        int[] axes = new int[nd];
        for (int d = 0; d < nd; d++) {
            axes[d] = nd - 1 - d;
        }
        return transpose(a, axes);
    }

    /** The axes in the order {@code axes} (a permutation, negative counting from the end), sharing the data. */
    static PyNDArray transpose(PyNDArray a, int[] axes) {
        int nd = a.ndim();
        if (axes.length != nd) {
            throw PyErrors.valueError("axes don't match array");
        }
        long[] shape = new long[nd];
        long[] strides = new long[nd];
        boolean[] seen = new boolean[nd];
        for (int d = 0; d < nd; d++) {
            int ax = axes[d] < 0 ? axes[d] + nd : axes[d];
            if (ax < 0 || ax >= nd) {
                throw NumpyTypes.axisError(axes[d], nd);
            }
            if (seen[ax]) {
                throw PyErrors.valueError("repeated axis in transpose");
            }
            seen[ax] = true;
            shape[d] = a.shape()[ax];
            strides[d] = a.strides()[ax];
        }
        return a.view(a.offset(), shape, strides);
    }

    /** A view with {@code axis} moved to the end (for reductions along it). */
    static PyNDArray axisLast(PyNDArray a, int axis) {
        int nd = a.ndim();
        long[] shape = new long[nd];
        long[] strides = new long[nd];
        for (int d = 0, j = 0; d < nd; d++) {
            if (d != axis) {
                shape[j] = a.shape()[d];
                strides[j++] = a.strides()[d];
            }
        }
        shape[nd - 1] = a.shape()[axis];
        strides[nd - 1] = a.strides()[axis];
        return a.view(a.offset(), shape, strides);
    }

    static PyNDArray flatten(PyNDArray a) {
        PyNDArray copy = astype(a, a.dtype());
        return copy.view(0, new long[]{a.size()}, new long[]{1});
    }

    /** {@code a.ravel()}: a view when possible. */
    static PyNDArray ravel(PyNDArray a) {
        return a.isCContiguous() ? a.view(a.offset(), new long[]{a.size()}, new long[]{1}) : flatten(a);
    }

    /** Nested lists of Python scalars. */
    static Object tolist(PyNDArray a) {
        if (a.ndim() == 0) {
            return a.dtype() == Scalar.FLOAT32 ? (double) ((float[]) a.data())[a.offsetInt()] : Scalars.item(a, 0);
        }
        return level(a, 0, a.offset());
    }

    private static PyList level(PyNDArray a, int dim, long base) {
        int n = (int) a.shape()[dim];
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            long p = base + i * a.strides()[dim];
            // tolist() widens float32 exactly, as numpy's does
            items[i] = dim < a.ndim() - 1 ? level(a, dim + 1, p) : a.dtype() == Scalar.FLOAT32
                    ? (double) ((float[]) a.data())[(int) p] : Scalars.at(a.dtype(), a.data(), (int) p);
        }
        return new PyList(items);
    }
}
