package org.krait.jit.types;

/**
 * Scalar types. Arithmetic happens in the four computation types ({@code bool}, {@code int64}, {@code float64},
 * {@code complex128}), as in Numba, where every integer operation yields at least {@code int64}; the narrower
 * types occur as array element types and in explicit signatures, and widen when loaded.
 */
public enum Scalar implements JitType {
    NONE("none", Kind.NONE, 0),
    BOOL("bool", Kind.BOOL, 8),
    INT8("int8", Kind.INT, 8),
    INT16("int16", Kind.INT, 16),
    INT32("int32", Kind.INT, 32),
    INT64("int64", Kind.INT, 64),
    UINT8("uint8", Kind.UINT, 8),
    UINT16("uint16", Kind.UINT, 16),
    UINT32("uint32", Kind.UINT, 32),
    UINT64("uint64", Kind.UINT, 64),
    FLOAT32("float32", Kind.FLOAT, 32),
    FLOAT64("float64", Kind.FLOAT, 64),
    COMPLEX64("complex64", Kind.COMPLEX, 64),
    COMPLEX128("complex128", Kind.COMPLEX, 128);

    public enum Kind { NONE, BOOL, INT, UINT, FLOAT, COMPLEX }

    private final String name;
    private final Kind kind;
    private final int bits;

    Scalar(String name, Kind kind, int bits) {
        this.name = name;
        this.kind = kind;
        this.bits = bits;
    }

    @Override
    public String typeName() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public int bits() {
        return bits;
    }

    public boolean isNumber() {
        return kind != Kind.NONE;
    }

    public boolean isInteger() {
        return kind == Kind.INT || kind == Kind.UINT || kind == Kind.BOOL;
    }

    /** The computation type a value of this type takes part in arithmetic as. */
    public Scalar widen() {
        return switch (kind) {
            case NONE -> NONE;
            case BOOL -> BOOL;
            case INT, UINT -> INT64;
            case FLOAT -> FLOAT64;
            case COMPLEX -> COMPLEX128;
        };
    }

    /** Rank in the numeric tower bool < int64 < float64 < complex128 (computation types only). */
    public int rank() {
        return switch (kind) {
            case NONE -> -1;
            case BOOL -> 0;
            case INT, UINT -> 1;
            case FLOAT -> 2;
            case COMPLEX -> 3;
        };
    }

    public static Scalar ofRank(int rank) {
        return switch (rank) {
            case 0 -> BOOL;
            case 1 -> INT64;
            case 2 -> FLOAT64;
            default -> COMPLEX128;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
