package org.krait.stdlib.numpy;

import org.krait.jit.array.NDArray;
import org.krait.jit.types.Scalar;
import org.krait.runtime.PyObject;

/**
 * numpy's {@code ndarray}: elements of one dtype in a primitive Java array (see {@link NDArray} for which), seen
 * through a shape, strides and an offset counted in elements. Views share {@link #data()} with their base.
 */
public final class PyNDArray extends PyObject implements NDArray {
    private final Scalar dtype;
    private final Object data;
    private final int offset;
    private final long[] shape;
    private final long[] strides;

    PyNDArray(Scalar dtype, Object data, long offset, long[] shape, long[] strides) {
        super(NDArrayType.TYPE);
        this.dtype = dtype;
        this.data = data;
        this.offset = Math.toIntExact(offset);
        this.shape = shape;
        this.strides = strides;
    }

    /** A new C-contiguous array over {@code data}. */
    static PyNDArray of(Scalar dtype, Object data, long[] shape) {
        return new PyNDArray(dtype, data, 0, shape, contiguousStrides(shape));
    }

    /** A new C-contiguous array of zeros (false, 0, 0.0). */
    static PyNDArray zeros(Scalar dtype, long[] shape) {
        return of(dtype, Storage.allocate(dtype, shape), shape);
    }

    static long[] contiguousStrides(long[] shape) {
        long[] strides = new long[shape.length];
        long step = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = step;
            step *= shape[d];
        }
        return strides;
    }

    /** A view of the same data. */
    PyNDArray view(long offset, long[] shape, long[] strides) {
        return new PyNDArray(dtype, data, offset, shape, strides);
    }

    long[] shape() {
        return shape;
    }

    long[] strides() {
        return strides;
    }

    int offsetInt() {
        return offset;
    }

    /** Index into {@link #data()} of the {@code k}-th element in C order. */
    int position(long k) {
        long index = offset;
        for (int d = shape.length - 1; d >= 0; d--) {
            long n = shape[d];
            index += (k % n) * strides[d];
            k /= n;
        }
        return (int) index;
    }

    @Override
    public Scalar dtype() {
        return dtype;
    }

    @Override
    public int ndim() {
        return shape.length;
    }

    @Override
    public long shape(int dim) {
        return shape[dim];
    }

    @Override
    public long stride(int dim) {
        return strides[dim];
    }

    @Override
    public long offset() {
        return offset;
    }

    @Override
    public Object data() {
        return data;
    }

    @Override
    public long size() {
        return Shapes.size(shape);
    }
}
