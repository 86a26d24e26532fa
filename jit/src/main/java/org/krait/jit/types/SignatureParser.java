package org.krait.jit.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses Numba's signature strings: {@code "float64(float64[:])"}, {@code "i8(i8, i8)"},
 * {@code "void(float64[:, ::1])"}, {@code "(int64,)"} (argument types only), {@code "UniTuple(int64, 2)(int64)"}.
 */
public final class SignatureParser {
    /** A parsed signature; {@code returnType} is null when only argument types were given. */
    public record Parsed(JitType returnType, List<JitType> args) {
    }

    private static final Map<String, Scalar> NAMES = Map.ofEntries(
            Map.entry("int8", Scalar.INT8), Map.entry("i1", Scalar.INT8), Map.entry("byte", Scalar.INT8),
            Map.entry("int16", Scalar.INT16), Map.entry("i2", Scalar.INT16),
            Map.entry("int32", Scalar.INT32), Map.entry("i4", Scalar.INT32), Map.entry("intc", Scalar.INT32),
            Map.entry("int64", Scalar.INT64), Map.entry("i8", Scalar.INT64), Map.entry("intp", Scalar.INT64),
            Map.entry("int_", Scalar.INT64), Map.entry("long_", Scalar.INT64),
            Map.entry("uint8", Scalar.UINT8), Map.entry("u1", Scalar.UINT8), Map.entry("uchar", Scalar.UINT8),
            Map.entry("uint16", Scalar.UINT16), Map.entry("u2", Scalar.UINT16),
            Map.entry("uint32", Scalar.UINT32), Map.entry("u4", Scalar.UINT32),
            Map.entry("uint64", Scalar.UINT64), Map.entry("u8", Scalar.UINT64), Map.entry("uintp", Scalar.UINT64),
            Map.entry("float32", Scalar.FLOAT32), Map.entry("f4", Scalar.FLOAT32), Map.entry("single", Scalar.FLOAT32),
            Map.entry("float64", Scalar.FLOAT64), Map.entry("f8", Scalar.FLOAT64), Map.entry("double", Scalar.FLOAT64),
            Map.entry("float_", Scalar.FLOAT64),
            Map.entry("complex64", Scalar.COMPLEX64), Map.entry("c8", Scalar.COMPLEX64),
            Map.entry("complex128", Scalar.COMPLEX128), Map.entry("c16", Scalar.COMPLEX128),
            Map.entry("complex_", Scalar.COMPLEX128),
            Map.entry("boolean", Scalar.BOOL), Map.entry("bool_", Scalar.BOOL), Map.entry("b1", Scalar.BOOL),
            Map.entry("none", Scalar.NONE), Map.entry("void", Scalar.NONE));

    private final String text;
    private int pos;

    private SignatureParser(String text) {
        this.text = text;
    }

    /** Parses a whole signature; IllegalArgumentException names what is wrong. */
    public static Parsed parse(String text) {
        SignatureParser p = new SignatureParser(text);
        Parsed result = p.signature();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("unexpected '" + text.substring(p.pos) + "'");
        }
        return result;
    }

    /** Parses a lone type name such as {@code "float64[:, ::1]"}. */
    public static JitType parseType(String text) {
        SignatureParser p = new SignatureParser(text);
        JitType t = p.type();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("unexpected '" + text.substring(p.pos) + "'");
        }
        return t;
    }

    /** The scalar called {@code name} ("float64", "i8"), or null. */
    public static Scalar scalar(String name) {
        return NAMES.get(name);
    }

    private Parsed signature() {
        skipSpace();
        JitType ret = null;
        if (!peek('(')) {
            ret = type();
            skipSpace();
        }
        expect('(');
        List<JitType> args = new ArrayList<>();
        skipSpace();
        while (!peek(')')) {
            args.add(type());
            skipSpace();
            if (!peek(')')) {
                expect(',');
                skipSpace();
            }
        }
        expect(')');
        return new Parsed(ret, args);
    }

    private JitType type() {
        skipSpace();
        String name = identifier();
        JitType t;
        if (name.equals("UniTuple") || name.equals("Tuple")) {
            t = tuple(name.equals("UniTuple"));
        } else {
            Scalar s = NAMES.get(name);
            if (s == null) {
                throw error("unknown type '" + name + "'");
            }
            t = s;
        }
        skipSpace();
        if (peek('[')) {
            if (!(t instanceof Scalar s) || s == Scalar.NONE) {
                throw error("arrays of " + t.typeName() + " are not supported");
            }
            t = arrayDims(s);
        }
        return t;
    }

    private JitType tuple(boolean uniform) {
        skipSpace();
        expect('(');
        List<JitType> items = new ArrayList<>();
        if (uniform) {
            JitType item = type();
            skipSpace();
            expect(',');
            skipSpace();
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("UniTuple needs a count");
            }
            int n = Integer.parseInt(text.substring(start, pos));
            for (int i = 0; i < n; i++) {
                items.add(item);
            }
            skipSpace();
        } else {
            skipSpace();
            while (!peek(')')) {
                items.add(type());
                skipSpace();
                if (!peek(')')) {
                    expect(',');
                    skipSpace();
                }
            }
        }
        expect(')');
        return new TupleType(items);
    }

    /** {@code [:]}, {@code [:, :]}, {@code [::1]}, {@code [:, ::1]}: a {@code ::1} last dimension means C layout. */
    private JitType arrayDims(Scalar dtype) {
        expect('[');
        int ndim = 0;
        boolean contiguousLast = false;
        while (true) {
            skipSpace();
            expect(':');
            contiguousLast = false;
            if (peek(':')) {
                pos++;
                skipSpace();
                expect('1');
                contiguousLast = true;
            }
            ndim++;
            skipSpace();
            if (peek(']')) {
                pos++;
                break;
            }
            expect(',');
        }
        if (ndim > ArrayType.MAX_DIMS) {
            throw error("arrays of more than " + ArrayType.MAX_DIMS + " dimensions are not supported");
        }
        return new ArrayType(dtype, ndim, contiguousLast ? 'C' : 'A');
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "a type is missing");
        }
        return text.substring(start, pos);
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("invalid signature '" + text + "': " + what);
    }
}
