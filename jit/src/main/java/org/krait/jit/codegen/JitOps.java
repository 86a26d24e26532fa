package org.krait.jit.codegen;

import org.krait.parser.ast.Operator;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyComplex;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arithmetic that generated code calls: Python's semantics where a JVM instruction differs (floor division and
 * modulo signs, division by zero, shifts) and Numba's where Numba defines them (int ** negative int, math results
 * with no exceptions). An int64 result that does not fit throws {@link ArithmeticException}, which the generated
 * method turns into OverflowError naming the function.
 */
public final class JitOps {
    private JitOps() {
    }

    public static long abs(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException();
        }
        return Math.abs(a);
    }

    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw PyErrors.zeroDivision("integer division by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw new ArithmeticException();
        }
        return Math.floorDiv(a, b);
    }

    public static long floorMod(long a, long b) {
        if (b == 0) {
            throw PyErrors.zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    /** Wrapping {@code a // b} (overflow='wrap'): MIN // -1 gives MIN, as in Numba. */
    public static long floorDivWrap(long a, long b) {
        if (b == 0) {
            throw PyErrors.zeroDivision("integer division by zero");
        }
        return a == Long.MIN_VALUE && b == -1 ? a : Math.floorDiv(a, b);
    }

    /** Integer power by squaring; a negative exponent gives 0 unless the base is 1 or -1, as in Numba. */
    public static long pow(long a, long b) {
        if (b < 0) {
            return negativePower(a, b);
        }
        long result = 1;
        long base = a;
        while (true) {
            if ((b & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            b >>= 1;
            if (b == 0) {
                return result;
            }
            base = Math.multiplyExact(base, base);
        }
    }

    public static long powWrap(long a, long b) {
        if (b < 0) {
            return negativePower(a, b);
        }
        long result = 1;
        long base = a;
        while (b != 0) {
            if ((b & 1) != 0) {
                result *= base;
            }
            b >>= 1;
            base *= base;
        }
        return result;
    }

    private static long negativePower(long a, long b) {
        if (a == 0) {
            throw PyErrors.zeroDivision("0 cannot be raised to a negative power");
        }
        if (a == 1) {
            return 1;
        }
        if (a == -1) {
            return (b & 1) == 0 ? 1 : -1;
        }
        return 0;
    }

    public static long lshift(long a, long b) {
        if (b < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        if (a == 0) {
            return 0;
        }
        if (b >= 64) {
            throw new ArithmeticException();
        }
        long r = a << b;
        if (r >> b != a) {
            throw new ArithmeticException();
        }
        return r;
    }

    public static long lshiftWrap(long a, long b) {
        if (b < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        return b >= 64 ? 0 : a << b;
    }

    public static long rshift(long a, long b) {
        if (b < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        return b >= 64 ? (a < 0 ? -1 : 0) : a >> b;
    }

    public static double div(double a, double b) {
        if (b == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        return a / b;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        return pyFloorDiv(a, b);
    }

    public static double mod(double a, double b) {
        if (b == 0) {
            throw PyErrors.zeroDivision("modulo by zero");
        }
        return pyMod(a, b);
    }

    /** error_model='numpy': x // 0.0 is inf or nan instead of an exception. */
    public static double floorDivNumpy(double a, double b) {
        return b == 0 ? a / b : pyFloorDiv(a, b);
    }

    public static double modNumpy(double a, double b) {
        return b == 0 ? Double.NaN : pyMod(a, b);
    }

    private static double pyMod(double x, double y) {
        return org.krait.runtime.Arith.mod(x, y);
    }

    private static double pyFloorDiv(double x, double y) {
        return org.krait.runtime.Arith.floorDiv(x, y);
    }

    /** The C library's pow, as Numba uses it: no exceptions ((-8.0) ** (1/3) is nan, 0.0 ** -1.0 is inf). */
    public static double pow(double a, double b) {
        if (a == 1.0 || b == 0.0) {
            return 1.0;
        }
        if (a == -1.0 && Double.isInfinite(b)) {
            return 1.0;
        }
        return Math.pow(a, b);
    }

    public static long floatToInt(double a) {
        if (Double.isNaN(a)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(a)) {
            throw PyErrors.overflow("cannot convert float infinity to integer");
        }
        if (a >= 0x1p63 || a < -0x1p63) {
            throw new ArithmeticException();
        }
        return (long) a;
    }

    public static boolean truth(long a) {
        return a != 0;
    }

    public static boolean truth(double a) {
        return a != 0.0;
    }

    public static boolean truth(double re, double im) {
        return re != 0.0 || im != 0.0;
    }

    /** {@code round(x)}: to the nearest int64, halves to even. */
    public static long round(double a) {
        return floatToInt(Math.rint(a));
    }

    /** {@code round(x, ndigits)}: the exact binary value rounded half to even, as CPython does. */
    public static double round(double a, long ndigits) {
        if (!Double.isFinite(a) || a == 0 || ndigits > 323) {
            return a;
        }
        if (ndigits < -308) {
            return Math.copySign(0.0, a);
        }
        double r = new BigDecimal(a).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? Math.copySign(0.0, a) : r;
    }

    public static PyTuple divmod(long a, long b) {
        return PyTuple.of(floorDiv(a, b), floorMod(a, b));
    }

    public static PyTuple divmod(double a, double b) {
        if (b == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        return PyTuple.of(pyFloorDiv(a, b), pyMod(a, b));
    }

    public static long min(long a, long b) {
        return b < a ? b : a;
    }

    public static long max(long a, long b) {
        return b > a ? b : a;
    }

    public static double min(double a, double b) {
        return b < a ? b : a;
    }

    public static double max(double a, double b) {
        return b > a ? b : a;
    }

    public static boolean min(boolean a, boolean b) {
        return a && b;
    }

    public static boolean max(boolean a, boolean b) {
        return a || b;
    }

    // ---- complex --------------------------------------------------------------------------------------------

    public static double cabs(double re, double im) {
        return new PyComplex(re, im).abs();
    }

    public static PyComplex cadd(double a, double b, double c, double d) {
        return new PyComplex(a + c, b + d);
    }

    public static PyComplex csub(double a, double b, double c, double d) {
        return new PyComplex(a - c, b - d);
    }

    public static PyComplex cmul(double a, double b, double c, double d) {
        return new PyComplex(a * c - b * d, a * d + b * c);
    }

    public static PyComplex cdiv(double a, double b, double c, double d) {
        return PyComplex.divide(new PyComplex(a, b), new PyComplex(c, d));
    }

    public static PyComplex cpow(double a, double b, double c, double d) {
        return (PyComplex) PyComplex.binary(Operator.POW, new PyComplex(a, b), new PyComplex(c, d), false);
    }

    public static boolean ceq(double a, double b, double c, double d) {
        return a == c && b == d;
    }

    // ---- ranges, tuples, exceptions -----------------------------------------------------------------------

    /** The number of values {@code range(start, stop, step)} produces. */
    public static long rangeLen(long start, long stop, long step) {
        if (step == 0) {
            throw PyErrors.valueError("range() arg 3 must not be zero");
        }
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        // the distance fits in 64 bits unsigned even when it overflows a long
        long distance = step > 0 ? stop - start : start - stop;
        long magnitude = step > 0 ? step : -step;
        long n = Long.divideUnsigned(distance - 1, magnitude) + 1;
        if (n < 0) {
            throw PyErrors.overflow("range too large");
        }
        return n;
    }

    /** A variable index into a tuple of {@code size} items, as a non-negative position. */
    public static int tupleIndex(long i, int size) {
        long k = i < 0 ? i + size : i;
        if (k < 0 || k >= size) {
            throw PyErrors.indexError("tuple index out of range");
        }
        return (int) k;
    }

    public static PyException raise(PyType type, Object[] args) {
        return PyErrors.createWithArgs(type, args);
    }

    public static PyException unboundLocal(String name) {
        return PyErrors.unboundLocal(name);
    }

    public static PyException assertionFailed() {
        return PyErrors.createWithArgs(ExceptionTypes.ASSERTION_ERROR);
    }
}
