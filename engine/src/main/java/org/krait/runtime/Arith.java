package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.krait.parser.ast.Operator;

import java.math.BigInteger;

/**
 * Python arithmetic on the built-in types: the generic path behind the specialised operator nodes.
 * Ints are {@code Long} when they fit and {@link BigInteger} otherwise, never a BigInteger that fits.
 */
public final class Arith {

    private Arith() {
    }

    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static BigInteger big(Object intValue) {
        if (intValue instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (intValue instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) intValue;
    }

    /** float(int), raising OverflowError for ints beyond the float range. */
    public static double toDouble(Object intValue) {
        if (intValue instanceof Long l) {
            return l;
        } else if (intValue instanceof Boolean b) {
            return b ? 1 : 0;
        }
        double d = ((BigInteger) intValue).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("int too large to convert to float");
        }
        return d;
    }

    private static Object unbool(Object o) {
        return o instanceof Boolean b ? (b ? 1L : 0L) : o;
    }

    /** {@code a op b} (or {@code a op= b} when {@code inplace}) for any built-in operands. */
    @TruffleBoundary
    public static Object binary(Operator op, Object a, Object b, boolean inplace) {
        if ((SpecialMethods.isHeap(a) || SpecialMethods.isHeap(b))
                && SpecialMethods.binary(op, a, b, inplace) instanceof Object r) {
            return r;
        }
        return binaryBuiltin(op, a, b, inplace);
    }

    /**
     * {@code x / y} rounded once to the nearest double (ties to even), as CPython's int true division: the
     * quotient is taken to 53 significant bits (fewer for a subnormal result) and rounded by its remainder.
     */
    static double correctlyRoundedQuotient(BigInteger x, BigInteger y) {
        boolean negative = (x.signum() < 0) != (y.signum() < 0); // so 0 / -3 is -0.0, as in CPython
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int shift = 53 - (a.bitLength() - b.bitLength());
        if (shifted(a, shift).compareTo(b.shiftLeft(53)) >= 0) {
            shift--; // keep the quotient below 2**53
        }
        shift = Math.min(shift, 1074); // a subnormal result has fewer significant bits
        BigInteger n = shift >= 0 ? a.shiftLeft(shift) : a;
        BigInteger d = shift >= 0 ? b : b.shiftLeft(-shift);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(d);
        if (half > 0 || half == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        double r = Math.scalb(q.doubleValue(), -shift); // exact: q has at most 53 bits
        return negative ? -r : r;
    }

    private static BigInteger shifted(BigInteger a, int shift) {
        return shift >= 0 ? a.shiftLeft(shift) : a.shiftRight(-shift);
    }

    /** {@code a op b} on built-in values only (what the built-in types' own {@code __add__} etc. do). */
    @TruffleBoundary
    public static Object binaryBuiltin(Operator op, Object a, Object b, boolean inplace) {
        a = PyBoxed.unbox(a);
        b = PyBoxed.unbox(b);
        if (Ops.isInt(a) && Ops.isInt(b)) {
            if (a instanceof Boolean x && b instanceof Boolean y) {
                switch (op) {
                    case BITAND: return x & y;
                    case BITOR: return x | y;
                    case BITXOR: return x ^ y;
                    default: break;
                }
            }
            return intOp(op, unbool(a), unbool(b));
        }
        if ((a instanceof Double || Ops.isInt(a)) && (b instanceof Double || Ops.isInt(b))) {
            if (op == Operator.BITAND || op == Operator.BITOR || op == Operator.BITXOR || op == Operator.LSHIFT
                    || op == Operator.RSHIFT || op == Operator.MATMULT) {
                throw PyErrors.unsupportedOperands(op.symbol(), a, b);
            }
            double x = a instanceof Double d ? d : toDouble(a);
            double y = b instanceof Double d ? d : toDouble(b);
            return floatOp(op, x, y);
        }
        if ((a instanceof PyComplex || b instanceof PyComplex) && PyComplex.isOperand(a) && PyComplex.isOperand(b)) {
            return PyComplex.binary(op, a, b, inplace);
        }
        return Sequences.binary(op, a, b, inplace);
    }

    private static Object intOp(Operator op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long u = x;
            long v = y;
            switch (op) {
                case ADD: {
                    long r = u + v;
                    if (((u ^ r) & (v ^ r)) >= 0) {
                        return r;
                    }
                    break;
                }
                case SUB: {
                    long r = u - v;
                    if (((u ^ v) & (u ^ r)) >= 0) {
                        return r;
                    }
                    break;
                }
                case MULT: {
                    long hi = Math.multiplyHigh(u, v);
                    long r = u * v;
                    if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) {
                        return r;
                    }
                    break;
                }
                case FLOORDIV:
                    if (v == 0) {
                        throw PyErrors.zeroDivision("integer division or modulo by zero");
                    }
                    if (u != Long.MIN_VALUE || v != -1) {
                        return Math.floorDiv(u, v);
                    }
                    break;
                case MOD:
                    if (v == 0) {
                        throw PyErrors.zeroDivision("integer modulo by zero");
                    }
                    return v == -1 ? 0L : Math.floorMod(u, v);
                case DIV:
                    if (v == 0) {
                        throw PyErrors.zeroDivision("division by zero");
                    }
                    if (Math.abs(u) < (1L << 53) && Math.abs(v) < (1L << 53)) {
                        return (double) u / (double) v;
                    }
                    break;
                case BITAND:
                    return u & v;
                case BITOR:
                    return u | v;
                case BITXOR:
                    return u ^ v;
                case RSHIFT:
                    if (v < 0) {
                        throw PyErrors.valueError("negative shift count");
                    }
                    return u >> Math.min(v, 63);
                case LSHIFT:
                    if (v < 0) {
                        throw PyErrors.valueError("negative shift count");
                    }
                    if (v < 63 && (u == 0 || Long.numberOfLeadingZeros(Math.abs(u)) > v + 1)) {
                        return u << v;
                    }
                    if (u == 0) {
                        return 0L;
                    }
                    break;
                case POW:
                    if (v < 0) {
                        return floatOp(Operator.POW, u, v);
                    }
                    break;
                default:
                    break;
            }
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        switch (op) {
            case ADD: return normalize(x.add(y));
            case SUB: return normalize(x.subtract(y));
            case MULT: return normalize(x.multiply(y));
            case FLOORDIV:
            case MOD: {
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivision(op == Operator.MOD ? "integer modulo by zero"
                            : "integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    qr[0] = qr[0].subtract(BigInteger.ONE);
                    qr[1] = qr[1].add(y);
                }
                return normalize(op == Operator.MOD ? qr[1] : qr[0]);
            }
            case DIV: {
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivision("division by zero");
                }
                double d = correctlyRoundedQuotient(x, y);
                if (Double.isInfinite(d)) {
                    throw PyErrors.overflow("integer division result too large for a float");
                }
                return d;
            }
            case BITAND: return normalize(x.and(y));
            case BITOR: return normalize(x.or(y));
            case BITXOR: return normalize(x.xor(y));
            case LSHIFT:
            case RSHIFT: {
                if (y.signum() < 0) {
                    throw PyErrors.valueError("negative shift count");
                }
                if (op == Operator.RSHIFT) {
                    return y.bitLength() > 31 ? (x.signum() < 0 ? -1L : 0L) : normalize(x.shiftRight(y.intValue()));
                }
                if (y.bitLength() > 31) {
                    throw PyErrors.overflow("too many digits in integer");
                }
                return normalize(x.shiftLeft(y.intValue()));
            }
            case POW: {
                if (y.signum() < 0) {
                    return floatOp(Operator.POW, toDouble(a), toDouble(b));
                }
                if (y.bitLength() > 31) {
                    if (x.abs().compareTo(BigInteger.ONE) <= 0) {
                        return normalize(x.signum() < 0 && y.testBit(0) ? x : x.abs());
                    }
                    throw PyErrors.overflow("exponent too large");
                }
                return normalize(x.pow(y.intValue()));
            }
            default:
                throw PyErrors.unsupportedOperands(op.symbol(), a, b);
        }
    }

    /** {@code x op y} for floats; a negative base to a fractional power gives a complex, as in CPython. */
    public static Object floatOp(Operator op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MULT: return x * y;
            case DIV:
                if (y == 0) {
                    throw PyErrors.zeroDivision("float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw PyErrors.zeroDivision("float floor division by zero");
                }
                return floorDiv(x, y);
            case MOD:
                if (y == 0) {
                    throw PyErrors.zeroDivision("float modulo");
                }
                return mod(x, y);
            case POW:
                if (isComplexPow(x, y)) {
                    return PyComplex.pow(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
                }
                return pow(x, y);
            default:
                throw PyErrors.unsupportedOperands(op.symbol(), x, y);
        }
    }

    /** Python's float modulo: the result has the sign of the divisor. */
    public static double mod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    /** Python's float floor division, consistent with {@link #mod} (CPython's float_divmod). */
    public static double floorDiv(double x, double y) {
        double m = x % y;
        double div = (x - m) / y;
        if (m != 0 && (y < 0) != (m < 0)) {
            div -= 1.0;
        }
        if (div != 0) {
            double floor = Math.floor(div);
            if (div - floor > 0.5) {
                floor += 1.0;
            }
            return floor;
        }
        return Math.copySign(0.0, x / y);
    }

    /** Whether {@code x ** y} is complex: a finite negative base and a finite fractional exponent. */
    public static boolean isComplexPow(double x, double y) {
        return x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.floor(y);
    }

    /** {@code x ** y} for floats whose result is real (see {@link #isComplexPow}). */
    public static double pow(double x, double y) {
        if (x == 0 && y < 0) {
            throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (isComplexPow(x, y)) {
            throw new IllegalStateException("complex result of float ** float");
        }
        double r = LibM.powFast(x, y); // C's pow semantics; math.pow() gives the correctly rounded result
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw PyErrors.createWithArgs(ExceptionTypes.OVERFLOW_ERROR, 34L, "Numerical result out of range");
        }
        return r;
    }

    /** {@code pow(base, exp, mod)} for ints. */
    @TruffleBoundary
    public static Object powMod(Object base, Object exp, Object mod) {
        if (base instanceof PyComplex || exp instanceof PyComplex || mod instanceof PyComplex) {
            throw PyErrors.valueError("complex modulo");
        }
        if (!Ops.isInt(base) || !Ops.isInt(exp) || !Ops.isInt(mod)) {
            throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger m = big(mod);
        if (m.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger e = big(exp);
        BigInteger b = big(base);
        BigInteger am = m.abs();
        if (e.signum() < 0) {
            try {
                b = b.modInverse(am);
            } catch (ArithmeticException ex) {
                throw PyErrors.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = b.modPow(e, am);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return normalize(r);
    }

    @TruffleBoundary
    public static Object negate(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        } else if (a instanceof Double d) {
            return -d;
        } else if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        } else if (a instanceof BigInteger b) {
            return normalize(b.negate());
        } else if (a instanceof PyComplex c) {
            return c.negate();
        }
        return unarySpecial(a, "__neg__", "unary -");
    }

    @TruffleBoundary
    public static Object positive(Object a) {
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (Ops.isNumber(a) || a instanceof PyComplex) {
            return a;
        }
        return unarySpecial(a, "__pos__", "unary +");
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (a instanceof Long l) {
            return ~l;
        } else if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        } else if (a instanceof BigInteger b) {
            return normalize(b.not());
        }
        return unarySpecial(a, "__invert__", "unary ~");
    }

    @TruffleBoundary
    public static Object abs(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        } else if (a instanceof Double d) {
            return Math.abs(d);
        } else if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (a instanceof BigInteger b) {
            return normalize(b.abs());
        } else if (a instanceof PyComplex c) {
            return c.abs();
        }
        return unarySpecial(a, "__abs__", "abs()");
    }

    /** A unary operator on an object of a program's class, through its special method. */
    private static Object unarySpecial(Object a, String dunder, String what) {
        Object r = SpecialMethods.unary(a, dunder);
        if (r == null && a instanceof PyBoxed b) {
            return switch (dunder) {
                case "__neg__" -> negate(b.value);
                case "__pos__" -> positive(b.value);
                case "__invert__" -> invert(b.value);
                default -> abs(b.value);
            };
        }
        if (r == null) {
            throw PyErrors.typeError("bad operand type for " + what + ": '" + Ops.typeName(a) + "'");
        }
        return r;
    }
}
