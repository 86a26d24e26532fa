package org.krait.jit.types;

/**
 * An n-dimensional array ({@code ndim} 1 to 3) of a scalar dtype. Layout {@code C} means C-contiguous, so the
 * last index has stride 1; {@code A} is any strided view.
 */
public record ArrayType(Scalar dtype, int ndim, char layout) implements JitType {
    public static final int MAX_DIMS = 3;

    @Override
    public String typeName() {
        return "array(" + dtype.typeName() + ", " + ndim + "d, " + layout + ")";
    }

    public ArrayType withLayout(char newLayout) {
        return new ArrayType(dtype, ndim, newLayout);
    }

    @Override
    public String toString() {
        return typeName();
    }
}
