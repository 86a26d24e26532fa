package org.krait.builtins;

import org.krait.runtime.Arith;
import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyComplex;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;
import org.krait.runtime.Signature;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.krait.builtins.Defs.method;

/** Constructors and methods of int, bool and float, and the numeric parts of round(). */
final class NumberMethods {
    private NumberMethods() {
    }

    static void install() {
        installInt();
        installFloat();
        installComplex();
        Defs.constructor(PyType.BOOL, "cls, o=False, /", a -> Ops.isTrue(a[1]));
    }

    // ---- int -----------------------------------------------------------------------------------------

    private static void installInt() {
        PyType t = PyType.INT;
        Defs.valueConstructor(t, "cls, x=?, /, base=?", a -> {
            Object x = a[1];
            if (Args.missing(a[2])) {
                return Args.missing(x) ? 0L : toInt(x);
            }
            if (Args.missing(x)) {
                throw PyErrors.typeError("int() missing string argument");
            }
            long base = Args.index(a[2]);
            if (base != 0 && (base < 2 || base > 36)) {
                throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof String s) {
                return parseInt(s, (int) base);
            } else if (x instanceof PyBytes b) {
                return parseInt(new String(b.bytes(), StandardCharsets.ISO_8859_1), (int) base, Repr.repr(b));
            }
            throw PyErrors.typeError("int() can't convert non-string with explicit base");
        });
        method(t, "bit_length", "self", a -> (long) Arith.big(a[0]).abs().bitLength());
        method(t, "bit_count", "self", a -> (long) Arith.big(a[0]).abs().bitCount());
        method(t, "conjugate", "self", a -> Args.intValue(a[0]));
        method(t, "as_integer_ratio", "self", a -> PyTuple.of(Args.intValue(a[0]), 1L));
        method(t, "__index__", "self", a -> Args.intValue(a[0]));
        method(t, "__int__", "self", a -> Args.intValue(a[0]));
        method(t, "__trunc__", "self", a -> Args.intValue(a[0]));
        method(t, "__floor__", "self", a -> Args.intValue(a[0]));
        method(t, "__ceil__", "self", a -> Args.intValue(a[0]));
        method(t, "__float__", "self", a -> Arith.toDouble(a[0]));
        method(t, "__round__", "self, ndigits=None, /", a -> roundInt(Args.intValue(a[0]), a[1]));
        method(t, "to_bytes", "self, length=1, byteorder='big', *, signed=False", a -> toBytes(a));
        Defs.classMethod(t, "from_bytes", "bytes, byteorder='big', *, signed=False",
                a -> Defs.ofClass(a[0], PyType.INT, fromBytes(a[1], a[2], Ops.isTrue(a[3]))));
    }

    /** int(x) for a single argument. */
    static Object toInt(Object x) {
        if (x instanceof org.krait.runtime.PyBoxed b && org.krait.runtime.SpecialMethods.find(x, "__int__") == null) {
            x = b.value;
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return floatToInt(d);
        } else if (x instanceof String s) {
            return parseInt(s, 10);
        } else if (x instanceof PyBytes b) {
            return parseInt(new String(b.bytes(), StandardCharsets.ISO_8859_1), 10, Repr.repr(b));
        } else if (x instanceof org.krait.runtime.PyMemoryView) {
            PyBytes b = new PyBytes(org.krait.runtime.Buffers.bytes(x));  // as CPython, errors show these bytes
            return parseInt(new String(b.bytes(), StandardCharsets.ISO_8859_1), 10, Repr.repr(b));
        }
        if (x instanceof PyObject) {
            for (String name : new String[]{"__int__", "__index__", "__trunc__"}) {
                Object m = PyType.of(x).lookup(name);
                if (m != null) {
                    Object r = Calls.call(m, x);
                    if (!Ops.isInt(r)) {
                        throw PyErrors.typeError(name + " returned non-int (type " + Ops.typeName(r) + ")");
                    }
                    return Args.intValue(r);
                }
            }
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Ops.typeName(x) + "'");
    }

    static Object floatToInt(double d) {
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("cannot convert float infinity to integer");
        }
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return Arith.normalize(new BigDecimal(d).toBigInteger());
    }

    static Object parseInt(String s, int base) {
        return parseInt(s, base, Repr.repr(s));
    }

    /** CPython's int(str, base): whitespace, sign, prefixes, underscores, Unicode digits. */
    static Object parseInt(String original, int base, String reprForError) {
        String s = Text.strip(toAsciiDigits(original), null, 0, Text.STR_SPACE);
        int i = 0;
        int n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean zeroOnly = false;
        if (b == 0) {
            b = 10;
            zeroOnly = i < n && s.charAt(i) == '0';
        }
        String rest = s.substring(i);
        StringBuilder digits = new StringBuilder(rest.length());
        boolean ok = !rest.isEmpty() && !rest.endsWith("_") && !rest.contains("__")
                && (prefixed || !rest.startsWith("_"));
        for (int k = 0; ok && k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == '_') {
                continue;
            }
            int d = c > 127 ? -1 : Character.digit(c, b);
            if (d < 0 || (zeroOnly && d != 0)) {
                ok = false;
            } else {
                digits.append(c);
            }
        }
        if (!ok || digits.length() == 0) {
            throw PyErrors.valueError("invalid literal for int() with base " + base + ": "
                    + (reprForError.length() > 200 ? reprForError.substring(0, 200) : reprForError));
        }
        if ((b & (b - 1)) != 0) {
            org.krait.runtime.IntStrLimit.checkParse(digits.length());
        }
        String ds = digits.toString();
        if (ds.length() <= 12 && b <= 36) {
            long v = Long.parseLong(ds, b);
            return neg ? -v : v;
        }
        BigInteger v = new BigInteger(ds, b);
        return Arith.normalize(neg ? v.negate() : v);
    }

    /** Maps Unicode decimal digits to ASCII and Unicode spaces to ' ', as CPython does before parsing. */
    static String toAsciiDigits(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > 127 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp > 127 && Text.isStrSpace(cp)) {
                sb.append(' ');
            } else if (cp > 127) {
                sb.append('?'); // any other non-ASCII character makes the literal invalid
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static Object toBytes(Object[] a) {
        BigInteger v = Arith.big(Args.intValue(a[0]));
        long length = Args.index(a[1]);
        if (!(a[2] instanceof String order)) {
            throw PyErrors.typeError("to_bytes() argument 'byteorder' must be str, not " + Ops.typeName(a[2]));
        }
        boolean little = checkOrder(order);
        boolean signed = Ops.isTrue(a[3]);
        if (length < 0) {
            throw PyErrors.valueError("length argument must be non-negative");
        }
        if (!signed && v.signum() < 0) {
            throw PyErrors.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8 && !(v.signum() == 0)) {
            throw PyErrors.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] raw = v.toByteArray(); // big-endian two's complement
        for (int k = 0; k < length; k++) {
            int src = raw.length - 1 - k;
            byte bv = src >= 0 ? raw[src] : (byte) (v.signum() < 0 ? 0xff : 0);
            out[little ? k : (int) length - 1 - k] = bv;
        }
        return new PyBytes(out);
    }

    private static boolean checkOrder(String order) {
        if (order.equals("little")) {
            return true;
        } else if (order.equals("big")) {
            return false;
        }
        throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
    }

    private static Object fromBytes(Object bytes, Object byteorder, boolean signed) {
        byte[] b = BytesMethods.bytesOf(bytes);
        if (!(byteorder instanceof String order)) {
            throw PyErrors.typeError("from_bytes() argument 'byteorder' must be str, not " + Ops.typeName(byteorder));
        }
        boolean little = checkOrder(order);
        byte[] be = new byte[b.length + 1];
        for (int k = 0; k < b.length; k++) {
            be[k + 1] = little ? b[b.length - 1 - k] : b[k];
        }
        BigInteger v = new BigInteger(1, be);
        if (signed && b.length > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * b.length));
        }
        return Arith.normalize(v);
    }

    /** round(int, ndigits): half-even to a power of ten for negative ndigits. */
    static Object roundInt(Object v, Object ndigits) {
        if (Args.noneOrMissing(ndigits)) {
            return v;
        }
        long nd = Args.index(ndigits);
        if (nd >= 0) {
            return v;
        }
        if (nd < -10000) {
            return 0L;
        }
        BigInteger x = Arith.big(v);
        BigInteger pow = BigInteger.TEN.pow((int) -nd);
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Arith.normalize(q.multiply(pow));
    }

    // ---- float ---------------------------------------------------------------------------------------

    private static void installFloat() {
        PyType t = PyType.FLOAT;
        Defs.valueConstructor(t, "cls, x=?, /", a -> Args.missing(a[1]) ? 0.0 : toFloat(a[1]));
        method(t, "is_integer", "self", a -> {
            double d = (Double) a[0];
            return Double.isFinite(d) && d == Math.rint(d);
        });
        method(t, "as_integer_ratio", "self", a -> asIntegerRatio((Double) a[0]));
        method(t, "hex", "self", a -> hex((Double) a[0]));
        Defs.classMethod(t, "fromhex", "string, /",
                a -> Defs.ofClass(a[0], PyType.FLOAT, fromHex(Args.str(a[1], "fromhex() argument"))));
        method(t, "conjugate", "self", a -> a[0]);
        method(t, "__float__", "self", a -> a[0]);
        method(t, "__int__", "self", a -> floatToInt((Double) a[0]));
        method(t, "__trunc__", "self", a -> floatToInt((Double) a[0]));
        method(t, "__floor__", "self", a -> floatToInt(Math.floor((Double) a[0])));
        method(t, "__ceil__", "self", a -> floatToInt(Math.ceil((Double) a[0])));
        method(t, "__round__", "self, ndigits=None, /", a -> roundFloat((Double) a[0], a[1]));
    }

    static double toFloat(Object x) {
        if (x instanceof org.krait.runtime.PyBoxed b && org.krait.runtime.SpecialMethods.find(x, "__float__") == null) {
            x = b.value;
        }
        if (x instanceof Double d) {
            return d;
        } else if (Ops.isInt(x)) {
            return Arith.toDouble(x);
        } else if (x instanceof String s) {
            return parseFloat(s, Repr.repr(s));
        } else if (x instanceof PyBytes b) {
            return parseFloat(new String(b.bytes(), StandardCharsets.ISO_8859_1), Repr.repr(b));
        } else if (x instanceof org.krait.runtime.PyMemoryView) {
            return parseFloat(new String(org.krait.runtime.Buffers.bytes(x), StandardCharsets.ISO_8859_1), Repr.repr(x));
        }
        if (x instanceof PyObject) {
            Object m = PyType.of(x).lookup("__float__");
            if (m != null) {
                Object r = Calls.call(m, x);
                if (!(r instanceof Double d)) {
                    throw PyErrors.typeError(Ops.typeName(x) + ".__float__ returned non-float (type "
                            + Ops.typeName(r) + ")");
                }
                return d;
            }
            Object idx = Args.userIndex(x);
            if (idx != null) {
                return Arith.toDouble(Args.intValue(idx));
            }
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '" + Ops.typeName(x) + "'");
    }

    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\."
            + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");

    static double parseFloat(String original, String reprForError) {
        String s = Text.strip(toAsciiDigits(original), null, 0, Text.STR_SPACE);
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        if (!FLOAT.matcher(s).matches()) {
            throw PyErrors.valueError("could not convert string to float: " + reprForError);
        }
        return Double.parseDouble(s.replace("_", ""));
    }

    static PyTuple asIntegerRatio(double d) {
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert NaN to integer ratio");
        }
        if (d == 0) {
            return PyTuple.of(0L, 1L);
        }
        long bits = Double.doubleToLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(d < 0 ? -mant : mant);
        BigInteger den = BigInteger.ONE;
        if (exp > 0) {
            num = num.shiftLeft(exp);
        } else {
            den = den.shiftLeft(-exp);
        }
        return PyTuple.of(Arith.normalize(num), Arith.normalize(den));
    }

    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToLongBits(a);
        int exp = (int) (bits >> 52);
        long mant = bits & ((1L << 52) - 1);
        String lead;
        int e;
        if (exp == 0) {
            lead = "0";
            e = -1022;
        } else {
            lead = "1";
            e = exp - 1023;
        }
        String frac = String.format("%013x", mant);
        return sign + "0x" + lead + "." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }

    private static final Pattern HEX_FLOAT = Pattern.compile(
            "([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?");

    static double fromHex(String original) {
        String s = Text.strip(original, null, 0, Text.STR_SPACE);
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        java.util.regex.Matcher m = HEX_FLOAT.matcher(s);
        if (!m.matches() || (m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty()))) {
            throw PyErrors.valueError("invalid hexadecimal floating-point string");
        }
        String ip = m.group(2).isEmpty() ? "0" : m.group(2);
        String fp = m.group(3) == null || m.group(3).isEmpty() ? "0" : m.group(3);
        String ex = m.group(4) == null ? "0" : m.group(4);
        BigInteger e = new BigInteger(ex);
        if (e.abs().compareTo(BigInteger.valueOf(100000)) > 0) {
            if (e.signum() > 0 && !new BigInteger(ip + fp, 16).equals(BigInteger.ZERO)) {
                throw PyErrors.overflow("hexadecimal value too large to represent as a float");
            }
            return neg ? -0.0 : 0.0;
        }
        double v = Double.parseDouble("0x" + ip + "." + fp + "p" + ex);
        if (Double.isInfinite(v)) {
            throw PyErrors.overflow("hexadecimal value too large to represent as a float");
        }
        return neg ? -v : v;
    }

    // ---- complex -------------------------------------------------------------------------------------

    private static void installComplex() {
        PyType t = PyType.COMPLEX;
        Defs.constructor(t, "cls, *args, **kwargs", a -> {
            Object[] args = ((PyTuple) a[1]).items();
            org.krait.runtime.PyDict kwargs = (org.krait.runtime.PyDict) a[2];
            int given = args.length + kwargs.size();
            if (given > 2) {
                throw PyErrors.typeError("complex() takes at most 2 arguments (" + given + " given)");
            }
            Object[] slots = {Signature.MISSING, Signature.MISSING};
            System.arraycopy(args, 0, slots, 0, args.length);
            for (Object k : Ops.toArray(kwargs)) {
                int at = "real".equals(k) ? 0 : "imag".equals(k) ? 1 : -1;
                if (at < 0) {
                    throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for complex()");
                }
                if (at < args.length) {
                    throw PyErrors.typeError("argument for complex() given by name ('" + k + "') and position ("
                            + (at + 1) + ")");
                }
                slots[at] = kwargs.get(k);
            }
            return newComplex(slots[0], slots[1]);
        });
        method(t, "conjugate", "self", a -> ((PyComplex) a[0]).conjugate());
        method(t, "__complex__", "self", a -> a[0]);
        method(t, "__getnewargs__", "self", a -> PyTuple.of(((PyComplex) a[0]).real, ((PyComplex) a[0]).imag));
    }

    /** complex(real, imag) with either argument possibly missing. */
    /** A program's number through {@code __complex__}, {@code __float__} or {@code __index__}; else as is. */
    private static Object numberOf(Object o) {
        for (String m : new String[]{"__complex__", "__float__", "__index__"}) {
            if (org.krait.runtime.SpecialMethods.unary(o, m) instanceof Object v) {
                return v;
            }
        }
        return org.krait.runtime.PyBoxed.unbox(o);
    }

    static PyComplex newComplex(Object r, Object i) {
        if (Args.missing(r)) {
            r = 0L;
        }
        if (r instanceof String s) {
            if (!Args.missing(i)) {
                throw PyErrors.typeError("complex() can't take second arg if first is a string");
            }
            return PyComplex.parse(toAsciiDigits(s), Repr.repr(s));
        }
        if (i instanceof String) {
            throw PyErrors.typeError("complex() second arg can't be a string");
        }
        r = numberOf(r);
        if (!Args.missing(i)) {
            i = numberOf(i);
        }
        if (!PyComplex.isOperand(r)) {
            throw PyErrors.typeError("complex() first argument must be a string or a number, not '"
                    + Ops.typeName(r) + "'");
        }
        if (!Args.missing(i) && !PyComplex.isOperand(i)) {
            throw PyErrors.typeError("complex() second argument must be a number, not '" + Ops.typeName(i) + "'");
        }
        if (r instanceof PyComplex c && Args.missing(i)) {
            return c;
        }
        PyComplex cr = PyComplex.of(r);
        if (Args.missing(i)) {
            return new PyComplex(cr.real, cr.imag);
        }
        PyComplex ci = PyComplex.of(i);
        // complex(a, b) is a + b*1j even when a or b is complex
        double re = i instanceof PyComplex ? cr.real - ci.imag : cr.real;
        double im = r instanceof PyComplex ? ci.real + cr.imag : ci.real;
        return new PyComplex(re, im);
    }

    /** round(float[, ndigits]) exactly like CPython (correctly rounded, half-even on the exact value). */
    static Object roundFloat(double x, Object ndigits) {
        if (Args.noneOrMissing(ndigits)) {
            double r = Math.rint(x);
            return floatToInt(r);
        }
        long nd = Args.index(ndigits);
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        if (nd > 323) {
            return x;
        }
        if (nd < -308) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) nd, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("rounded value too large to represent");
        }
        if (d == 0) {
            return Math.copySign(0.0, x);
        }
        return d;
    }

    /** The round() builtin. */
    static Object round(Object number, Object ndigits) {
        if (number instanceof Double d) {
            return roundFloat(d, ndigits);
        }
        if (Ops.isInt(number)) {
            if (!Args.noneOrMissing(ndigits)) {
                Args.intValue(ndigits);
            }
            return roundInt(Args.intValue(number), ndigits);
        }
        Object m = PyType.of(number).lookup("__round__");
        if (m == null) {
            throw PyErrors.typeError("type " + Ops.typeName(number) + " doesn't define __round__ method");
        }
        return Args.noneOrMissing(ndigits) ? Calls.call(m, number) : Calls.call(m, number, ndigits);
    }

}
