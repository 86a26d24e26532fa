package org.krait.jit.types;

/**
 * The type of a value in jitted code, spelled as Numba spells it ({@code int64}, {@code UniTuple(int64 x 2)},
 * {@code array(float64, 2d, C)}), so that {@code f.signatures} and error messages read like Numba's.
 */
public sealed interface JitType permits Scalar, TupleType, ArrayType, RangeType, OptionalType, GlobalRef,
        PyObjectType {
    String typeName();
}
