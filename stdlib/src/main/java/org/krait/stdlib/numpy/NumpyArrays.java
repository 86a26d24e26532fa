package org.krait.stdlib.numpy;

import org.krait.jit.array.NDArray;
import org.krait.jit.array.NDArrayFactory;
import org.krait.jit.types.Scalar;

/** Makes the arrays that jitted code creates ({@code np.zeros}, views) Krait's numpy arrays. */
public final class NumpyArrays implements NDArrayFactory {
    @Override
    public NDArray zeros(Scalar dtype, long[] shape) {
        return PyNDArray.zeros(dtype, shape.clone());
    }

    @Override
    public NDArray view(NDArray base, long offset, long[] shape, long[] strides) {
        return new PyNDArray(base.dtype(), base.data(), offset, shape.clone(), strides.clone());
    }
}
