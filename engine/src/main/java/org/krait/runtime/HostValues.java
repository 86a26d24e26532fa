package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.math.BigInteger;

/** Converts values crossing the polyglot boundary between Krait and its embedder. */
public final class HostValues {
    private HostValues() {
    }

    /** An interop value passed in (Java ints, strings, foreign objects) as a Krait value. */
    @TruffleBoundary
    public static Object toKrait(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        } else if (v instanceof Float f) {
            return f.doubleValue();
        } else if (v instanceof Character c) {
            return String.valueOf(c);
        } else if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String
                || v instanceof PyObject) {
            return v;
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (interop.isNull(v)) {
                return PyNone.NONE;
            } else if (interop.isString(v)) {
                return interop.asString(v);
            } else if (interop.fitsInLong(v)) {
                return interop.asLong(v);
            } else if (interop.fitsInBigInteger(v)) {
                return Arith.normalize(interop.asBigInteger(v));
            } else if (interop.fitsInDouble(v)) {
                return interop.asDouble(v);
            }
        } catch (UnsupportedMessageException e) {
            // fall through
        }
        throw PyErrors.typeError("cannot pass a foreign value of this kind to Krait yet");
    }

    public static Object[] toKrait(Object[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = toKrait(values[i]);
        }
        return out;
    }

    /** A Krait value handed to the embedder: anything the interop protocol accepts. */
    public static Object toHost(Object v) {
        if (v instanceof BigInteger b) {
            return new BigIntValue(b);
        }
        return v;
    }

    /** A big int seen from Java: an interop number that only fits a BigInteger (small ints stay Longs). */
    @ExportLibrary(InteropLibrary.class)
    static final class BigIntValue implements TruffleObject {
        final BigInteger value;

        BigIntValue(BigInteger value) {
            this.value = value;
        }

        @ExportMessage
        boolean isNumber() {
            return true;
        }

        @ExportMessage(name = "fitsInByte")
        @ExportMessage(name = "fitsInShort")
        @ExportMessage(name = "fitsInInt")
        @ExportMessage(name = "fitsInLong")
        @ExportMessage(name = "fitsInFloat")
        @ExportMessage(name = "fitsInDouble")
        boolean fitsInPrimitive() {
            return false;
        }

        @ExportMessage
        byte asByte() throws UnsupportedMessageException {
            throw UnsupportedMessageException.create();
        }

        @ExportMessage
        short asShort() throws UnsupportedMessageException {
            throw UnsupportedMessageException.create();
        }

        @ExportMessage
        int asInt() throws UnsupportedMessageException {
            throw UnsupportedMessageException.create();
        }

        @ExportMessage
        long asLong() throws UnsupportedMessageException {
            throw UnsupportedMessageException.create();
        }

        @ExportMessage
        float asFloat() throws UnsupportedMessageException {
            throw UnsupportedMessageException.create();
        }

        @ExportMessage
        double asDouble() throws UnsupportedMessageException {
            throw UnsupportedMessageException.create();
        }

        @ExportMessage
        boolean fitsInBigInteger() {
            return true;
        }

        @ExportMessage
        @TruffleBoundary
        BigInteger asBigInteger() {
            return value;
        }

        @ExportMessage
        @TruffleBoundary
        Object toDisplayString(boolean allowSideEffects) {
            return value.toString();
        }
    }
}
