package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyType;

import java.util.EnumMap;
import java.util.Map;

/**
 * {@code numpy.dtype}: one per element type. It compares equal to everything that names it: another dtype,
 * numpy's scalar classes ({@code np.float64}), Python's {@code float}/{@code int}/{@code bool} and strings
 * ({@code 'float64'}, {@code 'f8'}).
 */
final class DType extends PyObject {
    static final PyType TYPE = NumpyTypes.create("dtype");
    private static final Map<Scalar, DType> ALL = new EnumMap<>(Scalar.class);
    private static final Map<String, Scalar> NAMES = Map.ofEntries(Map.entry("bool", Scalar.BOOL),
            Map.entry("bool_", Scalar.BOOL), Map.entry("?", Scalar.BOOL), Map.entry("b1", Scalar.BOOL),
            Map.entry("int8", Scalar.INT8), Map.entry("i1", Scalar.INT8), Map.entry("b", Scalar.INT8),
            Map.entry("int16", Scalar.INT16), Map.entry("i2", Scalar.INT16), Map.entry("h", Scalar.INT16),
            Map.entry("int32", Scalar.INT32), Map.entry("i4", Scalar.INT32), Map.entry("i", Scalar.INT32),
            Map.entry("int64", Scalar.INT64), Map.entry("i8", Scalar.INT64), Map.entry("l", Scalar.INT64),
            Map.entry("int", Scalar.INT64), Map.entry("int_", Scalar.INT64), Map.entry("intp", Scalar.INT64),
            Map.entry("uint8", Scalar.UINT8), Map.entry("u1", Scalar.UINT8), Map.entry("B", Scalar.UINT8),
            Map.entry("uint16", Scalar.UINT16), Map.entry("u2", Scalar.UINT16),
            Map.entry("uint32", Scalar.UINT32), Map.entry("u4", Scalar.UINT32),
            Map.entry("uint64", Scalar.UINT64), Map.entry("u8", Scalar.UINT64), Map.entry("uint", Scalar.UINT64),
            Map.entry("float32", Scalar.FLOAT32), Map.entry("f4", Scalar.FLOAT32), Map.entry("f", Scalar.FLOAT32),
            Map.entry("single", Scalar.FLOAT32), Map.entry("float64", Scalar.FLOAT64),
            Map.entry("f8", Scalar.FLOAT64), Map.entry("d", Scalar.FLOAT64), Map.entry("float", Scalar.FLOAT64),
            Map.entry("float_", Scalar.FLOAT64), Map.entry("double", Scalar.FLOAT64));

    final Scalar scalar;

    private DType(Scalar scalar) {
        super(TYPE);
        this.scalar = scalar;
    }

    static {
        for (Scalar s : Scalar.values()) {
            if (s != Scalar.NONE && s.kind() != Scalar.Kind.COMPLEX) {
                ALL.put(s, new DType(s));
            }
        }
        define();
    }

    static DType of(Scalar s) {
        return ALL.get(s);
    }

    /** The element type a dtype argument names; null for None (the caller's default). */
    static Scalar resolve(Object o) {
        if (o == PyNone.NONE) {
            return null;
        }
        Scalar s = lookup(o);
        if (s == null) {
            if (o instanceof String str) {
                throw PyErrors.typeError("data type '" + str + "' not understood");
            }
            throw PyErrors.typeError("Cannot interpret '" + org.krait.runtime.Repr.repr(o) + "' as a data type");
        }
        return s;
    }

    private static Scalar lookup(Object o) {
        if (o instanceof DType d) {
            return d.scalar;
        } else if (o instanceof String s) {
            return NAMES.get(s);
        } else if (o == PyType.FLOAT) {
            return Scalar.FLOAT64;
        } else if (o == PyType.INT) {
            return Scalar.INT64;
        } else if (o == PyType.BOOL) {
            return Scalar.BOOL;
        } else if (o instanceof PyType t && "numpy".equals(t.module()) && t.isHeap()) {
            return NAMES.get(t.name());
        } else if (o instanceof PyType t && t == PyType.COMPLEX) {
            throw PyErrors.notImplemented("complex arrays are not supported");
        }
        return null;
    }

    private static String kind(Scalar s) {
        return switch (s.kind()) {
            case BOOL -> "b";
            case INT -> "i";
            case UINT -> "u";
            case FLOAT -> "f";
            default -> "c";
        };
    }

    static long itemsize(Scalar s) {
        return s == Scalar.BOOL ? 1 : s.bits() / 8;
    }

    private static void define() {
        NumpyTypes.constructor(TYPE, "cls, obj, /", a -> of(resolveOrDefault(a[1])));
        NumpyTypes.method(TYPE, "__repr__", "self, /", a -> "dtype('" + ((DType) a[0]).scalar.typeName() + "')");
        NumpyTypes.method(TYPE, "__str__", "self, /", a -> ((DType) a[0]).scalar.typeName());
        NumpyTypes.method(TYPE, "__hash__", "self, /", a -> Ops.hash(((DType) a[0]).scalar.typeName()));
        NumpyTypes.method(TYPE, "__eq__", "self, other, /", a -> ((DType) a[0]).scalar == lookupQuietly(a[1]));
        NumpyTypes.method(TYPE, "__ne__", "self, other, /", a -> ((DType) a[0]).scalar != lookupQuietly(a[1]));
        NumpyTypes.property(TYPE, "name", a -> ((DType) a[0]).scalar.typeName());
        NumpyTypes.property(TYPE, "kind", a -> kind(((DType) a[0]).scalar));
        NumpyTypes.property(TYPE, "itemsize", a -> itemsize(((DType) a[0]).scalar));
        NumpyTypes.property(TYPE, "char", a -> switch (((DType) a[0]).scalar) {
            case BOOL -> "?";
            case INT8 -> "b";
            case UINT8 -> "B";
            case INT16 -> "h";
            case UINT16 -> "H";
            case INT32 -> "i";
            case UINT32 -> "I";
            case INT64 -> "l";
            case UINT64 -> "L";
            case FLOAT32 -> "f";
            default -> "d";
        });
    }

    private static Scalar resolveOrDefault(Object o) {
        Scalar s = resolve(o);
        return s == null ? Scalar.FLOAT64 : s;
    }

    private static Scalar lookupQuietly(Object o) {
        try {
            return lookup(o);
        } catch (org.krait.runtime.PyException e) {
            return null;
        }
    }
}
