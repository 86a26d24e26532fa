package org.krait.jit.array;

import org.krait.jit.types.Scalar;

/**
 * What jitted code needs from an n-dimensional array (numpy's {@code ndarray}, 1 to 3 dimensions): the elements
 * in a primitive Java array, their dtype, the shape, and per-dimension strides and an offset counted in elements,
 * so that element {@code [i, j]} is {@code data[offset + i * stride(0) + j * stride(1)]}. C-contiguous arrays
 * and strided views (slices, transposes) are both described this way.
 *
 * <p>The Java array behind each dtype: {@code int64}/{@code uint64} {@code long[]}, {@code int32}/{@code uint32}
 * {@code int[]}, {@code int16}/{@code uint16} {@code short[]}, {@code int8}/{@code uint8} {@code byte[]},
 * {@code float64} {@code double[]}, {@code float32} {@code float[]}, {@code bool} {@code boolean[]};
 * {@code complex128} is a {@code double[]} of interleaved real and imaginary parts (strides and offset still count
 * complex elements). Unsigned values are stored in the signed type of the same width.
 */
public interface NDArray {
    Scalar dtype();

    int ndim();

    long shape(int dim);

    /** Elements to skip to move one step along {@code dim} (may be negative or zero). */
    long stride(int dim);

    /** Index in {@link #data()} of the first element. */
    long offset();

    /** The backing primitive array, shared with the view: writes through it change the array. */
    Object data();

    default long size() {
        long n = 1;
        for (int d = 0; d < ndim(); d++) {
            n *= shape(d);
        }
        return n;
    }

    /** Whether the elements lie in row-major order without gaps, so the last index has stride 1. */
    default boolean isCContiguous() {
        long expected = 1;
        for (int d = ndim() - 1; d >= 0; d--) {
            if (shape(d) != 1 && stride(d) != expected) {
                return false;
            }
            expected *= shape(d);
        }
        return true;
    }

    /** Whether the elements lie in column-major order without gaps (a transposed C-contiguous array). */
    default boolean isFContiguous() {
        long expected = 1;
        for (int d = 0; d < ndim(); d++) {
            if (shape(d) != 1 && stride(d) != expected) {
                return false;
            }
            expected *= shape(d);
        }
        return true;
    }

    /** The Java array class that holds elements of {@code dtype}. */
    static Class<?> storageClass(Scalar dtype) {
        return switch (dtype) {
            case INT64, UINT64 -> long[].class;
            case INT32, UINT32 -> int[].class;
            case INT16, UINT16 -> short[].class;
            case INT8, UINT8 -> byte[].class;
            case FLOAT64, COMPLEX128 -> double[].class;
            case FLOAT32, COMPLEX64 -> float[].class;
            case BOOL -> boolean[].class;
            case NONE -> throw new IllegalArgumentException("no arrays of none");
        };
    }
}
