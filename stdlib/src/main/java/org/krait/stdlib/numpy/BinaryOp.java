package org.krait.stdlib.numpy;

import org.krait.jit.codegen.JitOps;
import org.krait.runtime.LibM;
import org.krait.runtime.PyErrors;

import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * numpy's binary ufuncs on the two lanes. Integer arithmetic wraps around as numpy's does; integer division by
 * zero gives 0 and float division by zero inf or nan, as numpy does (without its warnings). A null lane
 * operation means the ufunc computes in the other lane (true division) or does not exist there (bitwise ops on
 * floats).
 */
enum BinaryOp {
    ADD("add", "+", (a, b) -> a + b, (a, b) -> a + b),
    SUBTRACT("subtract", "-", (a, b) -> a - b, (a, b) -> a - b),
    MULTIPLY("multiply", "*", (a, b) -> a * b, (a, b) -> a * b),
    TRUE_DIVIDE("true_divide", "/", null, (a, b) -> a / b),
    FLOOR_DIVIDE("floor_divide", "//", (a, b) -> b == 0 ? 0 : Math.floorDiv(a, b), JitOps::floorDivNumpy),
    REMAINDER("remainder", "%", (a, b) -> b == 0 ? 0 : Math.floorMod(a, b), JitOps::modNumpy),
    POWER("power", "**", BinaryOp::power, LibM::powFast),
    MINIMUM("minimum", null, Math::min, BinaryOp::min),
    MAXIMUM("maximum", null, Math::max, BinaryOp::max),
    BITWISE_AND("bitwise_and", "&", (a, b) -> a & b, null),
    BITWISE_OR("bitwise_or", "|", (a, b) -> a | b, null),
    BITWISE_XOR("bitwise_xor", "^", (a, b) -> a ^ b, null),
    ARCTAN2("arctan2", null, null, Math::atan2),
    HYPOT("hypot", null, null, LibM::hypot);

    final String ufunc;
    /** The Python operator, for error messages; null for functions only. */
    final String symbol;
    final LongBinaryOperator longOp;
    final DoubleBinaryOperator doubleOp;

    BinaryOp(String ufunc, String symbol, LongBinaryOperator longOp, DoubleBinaryOperator doubleOp) {
        this.ufunc = ufunc;
        this.symbol = symbol;
        this.longOp = longOp;
        this.doubleOp = doubleOp;
    }

    /** Ufuncs that always compute in floats (integer inputs become float64). */
    boolean isFloatOnly() {
        return longOp == null;
    }

    private static long power(long base, long exp) {
        if (exp < 0) {
            throw PyErrors.valueError("Integers to negative integer powers are not allowed.");
        }
        long result = 1;
        while (exp > 0) {
            if ((exp & 1) != 0) {
                result *= base;
            }
            base *= base;
            exp >>= 1;
        }
        return result;
    }

    /** NaN wins, as in numpy's minimum/maximum. */
    private static double min(double a, double b) {
        return a != a || b != b ? Double.NaN : Math.min(a, b);
    }

    private static double max(double a, double b) {
        return a != a || b != b ? Double.NaN : Math.max(a, b);
    }
}
