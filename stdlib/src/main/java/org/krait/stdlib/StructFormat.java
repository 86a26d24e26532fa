package org.krait.stdlib;

import org.krait.runtime.Arith;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyException;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed struct format: byte order, items with offsets, total size, and packing/unpacking with CPython's
 * rules and messages. CPython packs '<' and '=' integers of native size with its native routines, so their
 * range errors read like the native ones ("short format requires ..."), while '>' and the 4-byte standard
 * 'l'/'L' use the generic "'h' format requires ..." text; those differences are reproduced here.
 */
final class StructFormat {
    enum Order { NATIVE, STANDARD_LITTLE, BIG }

    /** One code repeated: 'count' values (or one byte string of 'count' bytes for s and p). */
    private record Item(char code, int count, int offset, int size) {
    }

    final String format;
    final Order order;
    final int size;
    /** How many values pack() takes and unpack() returns. */
    final int length;
    private final Item[] items;

    private StructFormat(String format, Order order, Item[] items, int size, int length) {
        this.format = format;
        this.order = order;
        this.items = items;
        this.size = size;
        this.length = length;
    }

    // ---- parsing ------------------------------------------------------------------------------------

    static StructFormat parse(String format) {
        int pos = 0;
        Order order = Order.NATIVE;
        if (!format.isEmpty()) {
            switch (format.charAt(0)) {
                case '@' -> pos = 1;
                case '=', '<' -> {
                    order = Order.STANDARD_LITTLE;
                    pos = 1;
                }
                case '>', '!' -> {
                    order = Order.BIG;
                    pos = 1;
                }
                default -> {
                }
            }
        }
        List<Item> items = new ArrayList<>();
        long size = 0;
        int length = 0;
        while (pos < format.length()) {
            char c = format.charAt(pos++);
            if (Character.isWhitespace(c)) {
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = c - '0';
                while (true) {
                    if (pos >= format.length()) {
                        throw StructModule.error("repeat count given without format specifier");
                    }
                    c = format.charAt(pos++);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    count = count * 10 + (c - '0');
                    if (count > Integer.MAX_VALUE) {
                        throw StructModule.error("total struct size too long");
                    }
                }
            }
            int itemSize = itemSize(c, order);
            if (order == Order.NATIVE) {
                int align = alignment(c);
                if (align > 1 && size > 0) {
                    size += (align - 1) - (size - 1) % align;
                }
            }
            boolean string = c == 's' || c == 'p';
            items.add(new Item(c, (int) count, (int) size, itemSize));
            size += string ? count : count * itemSize;
            if (size > Integer.MAX_VALUE) {
                throw StructModule.error("total struct size too long");
            }
            if (c != 'x') {
                length += string ? 1 : (int) count;
            }
        }
        return new StructFormat(format, order, items.toArray(new Item[0]), (int) size, length);
    }

    private static int itemSize(char c, Order order) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'f':
                return 4;
            case 'q', 'Q', 'd':
                return 8;
            case 'l', 'L':
                return order == Order.NATIVE ? 8 : 4;
            case 'n', 'N', 'P':
                if (order == Order.NATIVE) {
                    return 8;
                }
                break;
            default:
                break;
        }
        throw StructModule.error("bad char in struct format");
    }

    private static int alignment(char c) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            default -> itemSize(c, Order.NATIVE);
        };
    }

    // ---- packing ------------------------------------------------------------------------------------

    /** Packs {@code values} into {@code out} at {@code base} (the caller checked count and room). */
    void pack(Object[] values, byte[] out, int base) {
        int v = 0;
        for (Item item : items) {
            int at = base + item.offset;
            switch (item.code) {
                case 'x' -> java.util.Arrays.fill(out, at, at + item.count, (byte) 0);
                case 's', 'p' -> packString(item, values[v++], out, at);
                default -> {
                    for (int k = 0; k < item.count; k++, at += item.size) {
                        Object value = values[v++];
                        try {
                            packOne(item.code, item.size, value, out, at);
                        } catch (PyException e) {
                            // CPython: an OverflowError while packing an int reads "int too large to convert"
                            if (Ops.isInt(value) && e.exception().type().isSubtypeOf(
                                    org.krait.runtime.ExceptionTypes.OVERFLOW_ERROR)) {
                                throw StructModule.error("int too large to convert");
                            }
                            throw e;
                        }
                    }
                }
            }
        }
    }

    private static void packString(Item item, Object value, byte[] out, int at) {
        if (!(value instanceof PyBytes b)) {
            throw StructModule.error("argument for '" + item.code + "' must be a bytes object");
        }
        byte[] data = b.bytes();
        int n = item.count;
        java.util.Arrays.fill(out, at, at + n, (byte) 0);
        if (item.code == 's') {
            System.arraycopy(data, 0, out, at, Math.min(n, data.length));
        } else if (n > 0) {
            int len = Math.min(Math.min(data.length, n - 1), 255);
            System.arraycopy(data, 0, out, at + 1, len);
            out[at] = (byte) len;
        }
    }

    private void packOne(char code, int size, Object value, byte[] out, int at) {
        switch (code) {
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.bytes().length != 1) {
                    throw StructModule.error("char format requires a bytes object of length 1");
                }
                out[at] = b.bytes()[0];
            }
            case '?' -> out[at] = (byte) (Ops.isTrue(value) ? 1 : 0);
            case 'e' -> {
                int bits = HalfFloat.fromDouble(floatArg(value));
                if (bits < 0) {
                    throw PyErrors.overflow("float too large to pack with e format");
                }
                write(bits, 2, out, at);
            }
            case 'f' -> {
                double d = floatArg(value);
                float f = (float) d;
                if (order != Order.NATIVE && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw PyErrors.overflow("float too large to pack with f format");
                }
                write(Float.floatToRawIntBits(f), 4, out, at);
            }
            case 'd' -> write(Double.doubleToRawLongBits(floatArg(value)), 8, out, at);
            default -> write(integerArg(code, size, value), size, out, at);
        }
    }

    private static double floatArg(Object value) {
        try {
            return Numbers.toDouble(value);
        } catch (PyException e) {
            throw StructModule.error("required argument is not a float");
        }
    }

    /** The integer to store for an integer code, with the range checks (and messages) of CPython's routines. */
    private long integerArg(char code, int size, Object value) {
        BigInteger x;
        try {
            x = Numbers.bigIndex(value);
        } catch (PyException e) {
            if (e.exception().type().isSubtypeOf(org.krait.runtime.ExceptionTypes.TYPE_ERROR)) {
                throw StructModule.error("required argument is not an integer");
            }
            throw e;
        }
        boolean nativeRoutine = order != Order.BIG && code != 'l' && code != 'L' || order == Order.NATIVE;
        // B, and H where a native routine packs it, convert through a signed C long before their range check
        boolean unsigned = code == 'I' || code == 'L' || code == 'Q' || code == 'N' || code == 'H' && !nativeRoutine;
        if (code == 'P') {
            // a pointer: any value from the C long range up to the unsigned one
            if (x.bitLength() > 64 || x.signum() < 0 && x.bitLength() > 63) {
                throw PyErrors.overflow("int too large to convert");
            }
            return x.longValue();
        }
        if (order == Order.BIG && (code == 'q' || code == 'Q')) {
            unsigned = code == 'Q';
            if (unsigned ? x.signum() < 0 || x.bitLength() > 64 : x.bitLength() > 63) {
                throw PyErrors.overflow("int too big to convert");
            }
            return x.longValue();
        }
        // first the conversion to a C long / unsigned long
        if (unsigned ? x.signum() < 0 || x.bitLength() > 64 : x.bitLength() > 63) {
            throw StructModule.error("argument out of range");
        }
        long v = x.longValue();
        if (nativeRoutine) {
            switch (code) {
                case 'b' -> check(v >= -128 && v <= 127, "byte format requires -128 <= number <= 127");
                case 'B' -> check(v >= 0 && v <= 255, "ubyte format requires 0 <= number <= 255");
                case 'h' -> check(v >= -32768 && v <= 32767, "short format requires -32768 <= number <= 32767");
                case 'H' -> check(v >= 0 && v <= 65535, "ushort format requires 0 <= number <= 65535");
                case 'i', 'I' -> rangeCheck(code, size, v, unsigned);
                default -> {
                }
            }
            return v;
        }
        if (code == 'b') {
            check(v >= -128 && v <= 127, "byte format requires -128 <= number <= 127");
        } else if (code == 'B') {
            check(v >= 0 && v <= 255, "ubyte format requires 0 <= number <= 255");
        } else {
            rangeCheck(code, size, v, unsigned);
        }
        return v;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw StructModule.error(message);
        }
    }

    private static void rangeCheck(char code, int size, long v, boolean unsigned) {
        if (size == 8) {
            return;
        }
        long max = unsigned ? (1L << (size * 8)) - 1 : (1L << (size * 8 - 1)) - 1;
        long min = unsigned ? 0 : -max - 1;
        if (unsigned ? Long.compareUnsigned(v, max) > 0 : v < min || v > max) {
            throw StructModule.error("'" + code + "' format requires " + min + " <= number <= " + max);
        }
    }

    private void write(long bits, int size, byte[] out, int at) {
        for (int i = 0; i < size; i++) {
            int shift = order == Order.BIG ? (size - 1 - i) * 8 : i * 8;
            out[at + i] = (byte) (bits >>> shift);
        }
    }

    // ---- unpacking ----------------------------------------------------------------------------------

    PyTuple unpack(byte[] in, int base) {
        Object[] values = new Object[length];
        int v = 0;
        for (Item item : items) {
            int at = base + item.offset;
            switch (item.code) {
                case 'x' -> {
                }
                case 's' -> values[v++] = new PyBytes(java.util.Arrays.copyOfRange(in, at, at + item.count));
                case 'p' -> {
                    int n = item.count == 0 ? 0 : Math.min(in[at] & 0xff, item.count - 1);
                    values[v++] = new PyBytes(java.util.Arrays.copyOfRange(in, at + 1, at + 1 + n));
                }
                default -> {
                    for (int k = 0; k < item.count; k++, at += item.size) {
                        values[v++] = unpackOne(item.code, item.size, in, at);
                    }
                }
            }
        }
        return new PyTuple(values);
    }

    private Object unpackOne(char code, int size, byte[] in, int at) {
        long bits = read(size, in, at);
        switch (code) {
            case 'c':
                return new PyBytes(new byte[]{in[at]});
            case '?':
                return bits != 0;
            case 'e':
                return HalfFloat.toDouble((int) bits);
            case 'f':
                return (double) Float.intBitsToFloat((int) bits);
            case 'd':
                return Double.longBitsToDouble(bits);
            default:
                if (Character.isUpperCase(code)) {
                    if (size == 8 && bits < 0) {
                        return Arith.normalize(new BigInteger(Long.toUnsignedString(bits)));
                    }
                    return size == 8 ? bits : bits & ((1L << (size * 8)) - 1);
                }
                int unused = 64 - size * 8;
                return (bits << unused) >> unused; // sign-extend
        }
    }

    private long read(int size, byte[] in, int at) {
        long r = 0;
        for (int i = 0; i < size; i++) {
            int shift = order == Order.BIG ? (size - 1 - i) * 8 : i * 8;
            r |= (in[at + i] & 0xffL) << shift;
        }
        return r;
    }

    /** The type check CPython makes on format arguments. */
    static String formatText(Object fmt, String caller) {
        if (fmt instanceof String s) {
            return s;
        }
        if (fmt instanceof PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw PyErrors.typeError(caller + " argument 1 must be a str or bytes object, not " + PyType.of(fmt).name());
    }
}
