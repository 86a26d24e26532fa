package org.krait.stdlib;

import org.krait.parser.ast.Operator;
import org.krait.runtime.Arith;
import org.krait.runtime.Calls;
import org.krait.runtime.KraitContext;
import org.krait.runtime.LibM;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyTuple;
import org.krait.runtime.Signature;

import java.math.BigInteger;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module. Floating-point results are the C library's as CPython on Linux gets them
 * ({@link LibM}); errors follow CPython: a NaN from a non-NaN argument is ValueError "math domain error", an
 * infinity from a finite argument is OverflowError "math range error" for functions that can overflow and a
 * domain error otherwise.
 */
public final class MathModule implements ModuleProvider {
    @Override
    public Set<String> moduleNames() {
        return Set.of("math");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("math");
        m.setAttribute("pi", Math.PI);
        m.setAttribute("e", Math.E);
        m.setAttribute("tau", 2 * Math.PI);
        m.setAttribute("inf", Double.POSITIVE_INFINITY);
        m.setAttribute("nan", Double.NaN);

        unary(m, "acos", LibM::acos, false);
        unary(m, "acosh", LibM::acosh, false);
        unary(m, "asin", LibM::asin, false);
        unary(m, "asinh", LibM::asinh, false);
        unary(m, "atan", LibM::atan, false);
        unary(m, "atanh", LibM::atanh, false);
        unary(m, "cbrt", LibM::cbrt, false);
        unary(m, "cos", LibM::cos, false);
        unary(m, "cosh", LibM::cosh, true);
        unary(m, "exp", LibM::exp, true);
        unary(m, "exp2", LibM::exp2, true);
        unary(m, "expm1", LibM::expm1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "log1p", LibM::log1p, false);
        unary(m, "sin", LibM::sin, false);
        unary(m, "sinh", LibM::sinh, true);
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "tan", LibM::tan, false);
        unary(m, "tanh", LibM::tanh, false);
        // erf and erfc never fail; gamma and lgamma raise their own errors
        m.def("math.erf", "x, /", a -> LibM.erf(Numbers.toDouble(a[0])));
        m.def("math.erfc", "x, /", a -> LibM.erfc(Numbers.toDouble(a[0])));
        m.def("math.gamma", "x, /", a -> MathGamma.gamma(Numbers.toDouble(a[0])));
        m.def("math.lgamma", "x, /", a -> MathGamma.lgamma(Numbers.toDouble(a[0])));
        m.def("math.degrees", "x, /", a -> Numbers.toDouble(a[0]) * (180.0 / Math.PI));
        m.def("math.radians", "x, /", a -> Numbers.toDouble(a[0]) * (Math.PI / 180.0));

        m.def("math.log", "x, base=?, /", a -> {
            double num = logOf(a[0], LibM::log);
            if (a[1] == Signature.MISSING) {
                return num;
            }
            double den = logOf(a[1], LibM::log);
            if (den == 0) {
                throw PyErrors.zeroDivision("float division by zero");
            }
            return num / den;
        });
        m.def("math.log2", "x, /", a -> logOf(a[0], LibM::log2));
        m.def("math.log10", "x, /", a -> logOf(a[0], LibM::log10));

        binary(m, "atan2", "y, x, /", LibM::atan2);
        binary(m, "copysign", "x, y, /", Math::copySign);
        m.def("math.pow", "x, y, /", a -> pow(Numbers.toDouble(a[0]), Numbers.toDouble(a[1])));
        m.def("math.fmod", "x, y, /", a -> {
            double x = Numbers.toDouble(a[0]);
            double y = Numbers.toDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw MathGamma.domain();
            }
            return r;
        });
        m.def("math.remainder", "x, y, /", a -> {
            double x = Numbers.toDouble(a[0]);
            double y = Numbers.toDouble(a[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.isNaN(x) ? x : y;
            }
            if (Double.isInfinite(x) || y == 0) {
                throw MathGamma.domain();
            }
            return Double.isInfinite(y) ? x : Math.IEEEremainder(x, y);
        });
        m.def("math.nextafter", "x, y, /", a -> Math.nextAfter(Numbers.toDouble(a[0]), Numbers.toDouble(a[1])));
        m.def("math.ulp", "x, /", a -> {
            double x = Numbers.toDouble(a[0]);
            return Double.isNaN(x) ? x : Math.ulp(x);
        });
        m.def("math.ldexp", "x, i, /", a -> ldexp(Numbers.toDouble(a[0]), a[1]));
        m.def("math.frexp", "x, /", a -> frexp(Numbers.toDouble(a[0])));
        m.def("math.modf", "x, /", a -> {
            double x = Numbers.toDouble(a[0]);
            if (Double.isInfinite(x)) {
                return PyTuple.of(Math.copySign(0.0, x), x);
            }
            double ipart = x >= 0 ? Math.floor(x) : Math.ceil(x);
            return PyTuple.of(Math.copySign(x - ipart, x), ipart);
        });

        m.def("math.isfinite", "x, /", a -> Double.isFinite(Numbers.toDouble(a[0])));
        m.def("math.isinf", "x, /", a -> Double.isInfinite(Numbers.toDouble(a[0])));
        m.def("math.isnan", "x, /", a -> Double.isNaN(Numbers.toDouble(a[0])));
        m.def("math.isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", a -> isclose(Numbers.toDouble(a[0]),
                Numbers.toDouble(a[1]), Numbers.toDouble(a[2]), Numbers.toDouble(a[3])));

        m.def("math.floor", "x, /", a -> rounding(a[0], "__floor__", Math::floor));
        m.def("math.ceil", "x, /", a -> rounding(a[0], "__ceil__", Math::ceil));
        m.def("math.trunc", "x, /", a -> {
            Object method = Numbers.special(a[0], "__trunc__");
            if (method == null) {
                throw PyErrors.typeError("type " + Ops.typeName(a[0]) + " doesn't define __trunc__ method");
            }
            return Calls.call(method, a[0]);
        });

        m.def("math.factorial", "n, /", a -> MathIntegers.factorial(a[0]));
        m.def("math.comb", "n, k, /", a -> MathIntegers.comb(a[0], a[1]));
        m.def("math.perm", "n, k=None, /", a -> MathIntegers.perm(a[0], a[1]));
        m.def("math.isqrt", "n, /", a -> MathIntegers.isqrt(a[0]));
        m.def("math.gcd", "*integers", a -> MathIntegers.gcd(((PyTuple) a[0]).items()));
        m.def("math.lcm", "*integers", a -> MathIntegers.lcm(((PyTuple) a[0]).items()));

        m.def("math.fsum", "seq, /", a -> MathFsum.fsum(a[0]));
        m.def("math.prod", "iterable, /, *, start=1", a -> {
            Object acc = a[1];
            PyIterator it = Ops.iter(a[0]);
            for (Object item = it.next(); item != null; item = it.next()) {
                acc = Arith.binary(Operator.MULT, acc, item, false);
            }
            return acc;
        });
        m.def("math.hypot", "*coordinates", a -> {
            Object[] items = ((PyTuple) a[0]).items();
            double[] coords = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                coords[i] = Math.abs(Numbers.toDouble(items[i]));
            }
            return norm(coords);
        });
        m.def("math.dist", "p, q, /", a -> {
            Object[] p = Ops.toArray(a[0]);
            Object[] q = Ops.toArray(a[1]);
            if (p.length != q.length) {
                throw PyErrors.valueError("both points must have the same number of dimensions");
            }
            double[] diffs = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                diffs[i] = Math.abs(Numbers.toDouble(p[i]) - Numbers.toDouble(q[i]));
            }
            return norm(diffs);
        });
        return m;
    }

    /** A function of one float in CPython's math_1 style (see the class comment for the errors). */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.def("math." + name, "x, /", a -> checked(Numbers.toDouble(a[0]), f, canOverflow));
    }

    private static double checked(double x, DoubleUnaryOperator f, boolean canOverflow) {
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw MathGamma.domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? MathGamma.range() : MathGamma.domain();
        }
        return r;
    }

    private static void binary(PyModule m, String name, String spec, DoubleBinaryOperator f) {
        m.def("math." + name, spec, a -> {
            double x = Numbers.toDouble(a[0]);
            double y = Numbers.toDouble(a[1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw MathGamma.domain();
            }
            return r;
        });
    }

    /**
     * log, log2 or log10 of a number; an int too large for a float is taken as m * 2^e (any int is accepted
     * however large, as in CPython), and ints must be positive.
     */
    private static double logOf(Object x, DoubleUnaryOperator f) {
        if (Ops.isInt(x)) {
            BigInteger b = Arith.big(x);
            if (b.signum() <= 0) {
                throw MathGamma.domain();
            }
            double d = b.doubleValue();
            if (Double.isFinite(d)) {
                return f.applyAsDouble(d);
            }
            // x = m * 2^e with m in [0.5, 1) rounded to 53 bits; a sticky bit keeps the rounding correct
            long e = b.bitLength();
            BigInteger head = b.shiftRight((int) e - 60);
            if (b.getLowestSetBit() < e - 60) {
                head = head.or(BigInteger.ONE);
            }
            double m = Math.scalb(head.doubleValue(), -60);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
        }
        return checked(Numbers.toDouble(x), f, false);
    }

    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) {
                    return oddY ? x : Math.abs(x);
                }
                return y == 0 ? 1.0 : oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0 && Math.abs(x) > 1.0) {
                return y;
            }
            return y < 0 && Math.abs(x) < 1.0 ? -y : 0.0;
        }
        double r = LibM.pow(x, y);
        if (Double.isNaN(r)) {
            throw MathGamma.domain();
        }
        if (Double.isInfinite(r)) {
            throw x == 0 ? MathGamma.domain() : MathGamma.range();
        }
        return r;
    }

    private static double ldexp(double x, Object iArg) {
        if (!Ops.isInt(iArg)) {
            throw PyErrors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        BigInteger i = Arith.big(iArg);
        if (i.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            throw MathGamma.range();
        }
        if (i.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, i.intValue());
        if (Double.isInfinite(r)) {
            throw MathGamma.range();
        }
        return r;
    }

    private static PyTuple frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        return PyTuple.of(Math.scalb(x, -(e + 1)), (long) (e + 1));
    }

    private static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyErrors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    /** floor/ceil: exact floats round directly; anything else goes through its own __floor__/__ceil__. */
    private static Object rounding(Object x, String dunder, DoubleUnaryOperator f) {
        if (x instanceof Double d) {
            return Numbers.integral(f.applyAsDouble(d));
        }
        Object method = Numbers.special(x, dunder);
        if (method != null) {
            return Calls.call(method, x);
        }
        return Numbers.integral(f.applyAsDouble(Numbers.toDouble(x)));
    }

    /** hypot/dist: an infinity wins over NaN, as in CPython. */
    private static double norm(double[] coords) {
        double max = 0.0;
        boolean nan = false;
        for (double c : coords) {
            if (Double.isNaN(c)) {
                nan = true;
            } else if (c > max) {
                max = c;
            }
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        if (nan) {
            return Double.NaN;
        }
        return LibM.norm(coords, max);
    }
}
