package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyTuple;

import java.math.BigInteger;

/** An argument of a ufunc as an array; {@code weak} when it was a Python scalar (see {@link Promotion}). */
record Operand(PyNDArray array, boolean weak) {
    Scalar dtype() {
        return array.dtype();
    }

    /** The operand for a Python value, or null when numpy would not take it (the operator then gives way). */
    static Operand of(Object o) {
        if (o instanceof PyNDArray a) {
            return new Operand(a, false);
        } else if (o instanceof Boolean || o instanceof Long || o instanceof Double) {
            return new Operand(Creation.scalar(o), true);
        } else if (o instanceof BigInteger) {
            throw PyErrors.overflow("Python int too large to convert to C long");
        } else if (o instanceof PyList || o instanceof PyTuple || o instanceof org.krait.runtime.PyRange) {
            return new Operand(Creation.array(o, null), false);
        }
        return null;
    }
}
