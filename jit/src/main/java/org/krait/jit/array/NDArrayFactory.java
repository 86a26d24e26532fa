package org.krait.jit.array;

import org.krait.jit.types.Scalar;

/**
 * How jitted code makes arrays ({@code np.zeros(...)}, views such as {@code a[1:3]}): a numpy module implements
 * this (found with {@link java.util.ServiceLoader}) so that arrays made by compiled code are its own ndarrays.
 * Without one, {@link StridedArray}s are made.
 */
public interface NDArrayFactory {
    /** A new C-contiguous array of zeros. */
    NDArray zeros(Scalar dtype, long[] shape);

    /** A view of {@code base}'s data: the elements at {@code offset + i * strides[0] + ...}. */
    NDArray view(NDArray base, long offset, long[] shape, long[] strides);

    /** The factory in use: the first one installed, else plain {@link StridedArray}s. */
    static NDArrayFactory get() {
        return Holder.FACTORY;
    }

    /** Looked up once. */
    final class Holder {
        private static final NDArrayFactory FACTORY = java.util.ServiceLoader.load(NDArrayFactory.class).findFirst()
                .orElse(new NDArrayFactory() {
                    @Override
                    public NDArray zeros(Scalar dtype, long[] shape) {
                        return StridedArray.zeros(dtype, shape);
                    }

                    @Override
                    public NDArray view(NDArray base, long offset, long[] shape, long[] strides) {
                        return new StridedArray(base.dtype(), base.data(), offset, shape, strides);
                    }
                });

        private Holder() {
        }
    }
}
