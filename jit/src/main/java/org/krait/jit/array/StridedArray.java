package org.krait.jit.array;

import org.krait.jit.types.Scalar;

import java.lang.reflect.Array;

/**
 * A plain {@link NDArray}: a primitive Java array seen through a shape, strides and an offset. Jitted code creates
 * these for views ({@code a[1:3]}, {@code a[i]} of a 2-D array) of arrays it was given.
 */
public final class StridedArray implements NDArray {
    private final Scalar dtype;
    private final Object data;
    private final long offset;
    private final long[] shape;
    private final long[] strides;

    public StridedArray(Scalar dtype, Object data, long offset, long[] shape, long[] strides) {
        this.dtype = dtype;
        this.data = data;
        this.offset = offset;
        this.shape = shape.clone();
        this.strides = strides.clone();
    }

    /** A new C-contiguous array of zeros. */
    public static StridedArray zeros(Scalar dtype, long[] shape) {
        long n = 1;
        for (long s : shape) {
            n = Math.multiplyExact(n, s);
        }
        int elements = Math.toIntExact(dtype.kind() == Scalar.Kind.COMPLEX ? 2 * n : n);
        long[] strides = new long[shape.length];
        long step = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = step;
            step *= shape[d];
        }
        Object data = Array.newInstance(NDArray.storageClass(dtype).getComponentType(), elements);
        return new StridedArray(dtype, data, 0, shape, strides);
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
}
