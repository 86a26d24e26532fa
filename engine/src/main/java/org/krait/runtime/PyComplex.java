package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.krait.parser.ast.Operator;
import org.krait.runtime.format.FloatRepr;

/**
 * An immutable complex number (two doubles), with CPython's arithmetic (including its division and power
 * algorithms and their error reporting), hash, repr and string parsing.
 */
public final class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        super(PyType.COMPLEX);
        this.real = real;
        this.imag = imag;
    }

    public boolean isZero() {
        return real == 0 && imag == 0;
    }

    boolean hasNaN() {
        return Double.isNaN(real) || Double.isNaN(imag);
    }

    /** Whether {@code o} takes part in complex arithmetic: int, bool, float or complex. */
    public static boolean isOperand(Object o) {
        return o instanceof PyComplex || o instanceof Double || Ops.isInt(o);
    }

    /** An int, float or complex as a complex ("int too large to convert to float" for huge ints). */
    public static PyComplex of(Object o) {
        if (o instanceof PyComplex c) {
            return c;
        } else if (o instanceof Double d) {
            return new PyComplex(d, 0.0);
        }
        return new PyComplex(Arith.toDouble(o), 0.0);
    }

    // ---- arithmetic --------------------------------------------------------------------------------

    /** {@code a op b} where at least one operand is complex and both are numbers. */
    @TruffleBoundary
    public static Object binary(Operator op, Object a, Object b, boolean inplace) {
        switch (op) {
            case ADD:
            case SUB:
            case MULT:
            case DIV:
            case POW:
                break;
            default:
                throw PyErrors.unsupportedOperands(op.symbol() + (inplace ? "=" : ""), a, b);
        }
        PyComplex x = of(a);
        PyComplex y = of(b);
        return switch (op) {
            case ADD -> new PyComplex(x.real + y.real, x.imag + y.imag);
            case SUB -> new PyComplex(x.real - y.real, x.imag - y.imag);
            case MULT -> product(x, y);
            case DIV -> divide(x, y);
            default -> pow(x, y);
        };
    }

    static PyComplex product(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    public static PyComplex divide(PyComplex a, PyComplex b) {
        PyComplex q = quotient(a, b);
        if (q == null) {
            throw PyErrors.zeroDivision("complex division by zero");
        }
        return q;
    }

    /** Smith's algorithm, scaling by the larger part of the divisor; null for a zero divisor. */
    private static PyComplex quotient(PyComplex a, PyComplex b) {
        double absReal = Math.abs(b.real);
        double absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                return null;
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        } else if (absImag >= absReal) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN); // a NaN in the divisor
    }

    private static final PyComplex ONE = new PyComplex(1.0, 0.0);

    /** {@code a ** b}: exact repeated squaring for small integral exponents, polar form otherwise. */
    public static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex r;
        boolean domainError = false;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            long n = (long) b.real;
            PyComplex p = powUnsigned(a, Math.abs(n));
            if (n > 0) {
                r = p;
            } else {
                r = quotient(ONE, p);
                if (r == null) {
                    domainError = true;
                    r = new PyComplex(0.0, 0.0);
                }
            }
        } else if (b.real == 0.0 && b.imag == 0.0) {
            r = new PyComplex(1.0, 0.0);
        } else if (a.real == 0.0 && a.imag == 0.0) {
            domainError = b.imag != 0.0 || b.real < 0.0;
            r = new PyComplex(0.0, 0.0);
        } else {
            // Math's pow/exp/log/cos/sin round like glibc's; hypot and atan2 come from LibM for the same reason
            double modulus = LibM.hypot(a.real, a.imag);
            double length = Math.pow(modulus, b.real);
            double angle = LibM.atan2(a.imag, a.real);
            double phase = angle * b.real;
            if (b.imag != 0.0) {
                length /= Math.exp(angle * b.imag);
                phase += b.imag * Math.log(modulus);
            }
            // the C library reports a domain error for the cosine of an infinite angle
            domainError = Double.isInfinite(phase);
            r = new PyComplex(length * Math.cos(phase), length * Math.sin(phase));
        }
        if (domainError) {
            throw PyErrors.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw PyErrors.overflow("complex exponentiation");
        }
        return r;
    }

    private static PyComplex powUnsigned(PyComplex x, long n) {
        PyComplex r = ONE;
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = product(r, p);
            }
            p = product(p, p);
        }
        return r;
    }

    /** {@code abs(z)}: the hypotenuse, infinite when either part is, OverflowError when it does not fit. */
    public double abs() {
        if (!Double.isFinite(real) || !Double.isFinite(imag)) {
            if (Double.isInfinite(real) || Double.isInfinite(imag)) {
                return Double.POSITIVE_INFINITY;
            }
            return Double.NaN;
        }
        double h = LibM.hypot(real, imag);
        if (Double.isInfinite(h)) {
            throw PyErrors.overflow("absolute value too large");
        }
        return h;
    }

    public PyComplex negate() {
        return new PyComplex(-real, -imag);
    }

    public PyComplex conjugate() {
        return new PyComplex(real, -imag);
    }

    // ---- equality, hash, repr ------------------------------------------------------------------------

    /** {@code self == other} for a number {@code other} (int, float or complex). */
    @TruffleBoundary
    public boolean equalsNumber(Object other) {
        if (other instanceof PyComplex c) {
            return real == c.real && imag == c.imag;
        } else if (other instanceof Double d) {
            return real == d && imag == 0.0;
        }
        // an int: compare the real part exactly with the int (no rounding of big ints)
        return imag == 0.0 && !Double.isNaN(real) && Ops.compareNumbers(real, other) == 0;
    }

    /** CPython's {@code hash(real) + 1000003 * hash(imag)}, wrapping like its unsigned hash type. */
    @TruffleBoundary
    public long hash() {
        long h = Ops.hashDouble(real, this) + 1000003L * Ops.hashDouble(imag, this);
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public String repr() {
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return part(imag) + "j";
        }
        String im = part(imag);
        return "(" + part(real) + (im.startsWith("-") ? "" : "+") + im + "j)";
    }

    /** A part as CPython's repr prints it inside a complex: float repr without an added ".0". */
    private static String part(double d) {
        String s = FloatRepr.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    public String toString() {
        return repr();
    }

    // ---- parsing -----------------------------------------------------------------------------------

    /**
     * {@code complex(str)}: surrounding whitespace, optional parentheses, {@code <float>}, {@code <float>j},
     * {@code <float><signed float>j} and the legacy {@code <float><sign>j}, {@code <sign>j}, {@code j} forms;
     * underscores only between digits. {@code s} must already have Unicode digits and spaces mapped to ASCII.
     */
    @TruffleBoundary
    public static PyComplex parse(String s, String reprForError) {
        if (s.indexOf('_') >= 0) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    boolean between = i > 0 && isDigit(s.charAt(i - 1)) && i + 1 < s.length()
                            && isDigit(s.charAt(i + 1));
                    if (!between) {
                        throw PyErrors.valueError("could not convert string to complex: " + reprForError);
                    }
                } else {
                    sb.append(c);
                }
            }
            s = sb.toString();
        }
        PyComplex r = parseClean(s);
        if (r == null) {
            throw PyErrors.valueError("complex() arg is a malformed string");
        }
        return r;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }

    private static PyComplex parseClean(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        double x = 0.0;
        double y = 0.0;
        int end = floatPrefix(s, i);
        if (end > i) {
            double z = toDouble(s, i, end);
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                end = floatPrefix(s, i);
                if (end > i) {
                    y = toDouble(s, i, end);
                    i = end;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (i >= n || (s.charAt(i) != 'j' && s.charAt(i) != 'J')) {
                    return null;
                }
                i++;
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                y = z;
                i++;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (i >= n || (s.charAt(i) != 'j' && s.charAt(i) != 'J')) {
                return null;
            }
            i++;
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (i >= n || s.charAt(i) != ')') {
                return null;
            }
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        return i == n ? new PyComplex(x, y) : null;
    }

    /** The end of the longest float literal (sign, digits, point, exponent, inf, infinity, nan) at {@code i}. */
    private static int floatPrefix(String s, int start) {
        int n = s.length();
        int i = start;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        for (String word : new String[]{"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return i + word.length();
            }
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return start;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            if (e < n && isDigit(s.charAt(e))) {
                while (e < n && isDigit(s.charAt(e))) {
                    e++;
                }
                i = e;
            }
        }
        return i;
    }

    private static double toDouble(String s, int start, int end) {
        String t = s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        boolean neg = t.startsWith("-");
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (body.startsWith("inf")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (body.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        return Double.parseDouble(t);
    }
}
