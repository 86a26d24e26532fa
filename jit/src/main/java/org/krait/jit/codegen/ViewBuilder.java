package org.krait.jit.codegen;

import org.krait.jit.array.NDArray;
import org.krait.jit.array.NDArrayFactory;
import org.krait.runtime.PyErrors;

import java.util.Arrays;

/**
 * Builds the view {@code a[i, 1:3]} of an array, one index part after the other: an integer fixes a dimension,
 * a slice keeps it with new bounds and step, dimensions not mentioned are kept whole.
 */
public final class ViewBuilder {
    private final NDArray base;
    private long offset;
    private final long[] shape;
    private final long[] strides;
    private int dims;
    private int next;

    public ViewBuilder(NDArray base) {
        this.base = base;
        this.offset = base.offset();
        this.shape = new long[base.ndim()];
        this.strides = new long[base.ndim()];
    }

    public ViewBuilder index(long i) {
        long n = base.shape(next);
        long k = i < 0 ? i + n : i;
        if (k < 0 || k >= n) {
            throw PyErrors.indexError("index " + i + " is out of bounds for axis " + next + " with size " + n);
        }
        offset += k * base.stride(next);
        next++;
        return this;
    }

    /** A slice; a missing bound is given as {@code Long.MIN_VALUE}, a missing step as 1. */
    public ViewBuilder slice(long start, long stop, long step) {
        if (step == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long n = base.shape(next);
        long lo = step < 0 ? -1 : 0;
        long hi = step < 0 ? n - 1 : n;
        long a = start == Long.MIN_VALUE ? (step < 0 ? hi : lo) : clamp(start, n, lo, hi);
        long b = stop == Long.MIN_VALUE ? (step < 0 ? lo : hi) : clamp(stop, n, lo, hi);
        long length = step > 0 ? (b > a ? (b - a - 1) / step + 1 : 0) : (a > b ? (a - b - 1) / -step + 1 : 0);
        offset += (length > 0 ? a : 0) * base.stride(next);
        shape[dims] = length;
        strides[dims] = base.stride(next) * step;
        dims++;
        next++;
        return this;
    }

    private static long clamp(long v, long n, long lo, long hi) {
        if (v < 0) {
            return Math.max(v + n, lo);
        }
        return Math.min(v, hi);
    }

    public NDArray build() {
        while (next < base.ndim()) {
            shape[dims] = base.shape(next);
            strides[dims] = base.stride(next);
            dims++;
            next++;
        }
        return NDArrayFactory.get().view(base, offset, Arrays.copyOf(shape, dims), Arrays.copyOf(strides, dims));
    }
}
