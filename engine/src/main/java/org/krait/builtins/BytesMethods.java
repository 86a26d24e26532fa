package org.krait.builtins;

import org.krait.runtime.Buffers;
import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyList;
import org.krait.runtime.PyMemoryView;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.krait.builtins.Defs.method;

/** The constructor and methods of {@code bytes}; algorithms run on Latin-1 strings (one char per byte). */
final class BytesMethods {
    private BytesMethods() {
    }

    private static final PyType T = PyType.BYTES;

    static String l1(Object o) {
        return new String(((PyBytes) o).bytes(), StandardCharsets.ISO_8859_1);
    }

    static PyBytes b(String latin1) {
        return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The bytes of a bytes-like argument, with "a bytes-like object is required" otherwise. */
    static String arg(Object o) {
        return new String(Buffers.bytes(o), StandardCharsets.ISO_8859_1);
    }

    /** A search argument: bytes or an int in range(256). */
    static String subArg(Object o) {
        if (Buffers.isBuffer(o)) {
            return arg(o);
        }
        if (Ops.isInt(o)) {
            Object v = Args.intValue(o);
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw PyErrors.valueError("byte must be in range(0, 256)");
            }
            return String.valueOf((char) (long) l);
        }
        throw PyErrors.typeError("argument should be integer or bytes-like object, not '" + Ops.typeName(o) + "'");
    }

    /** bytes(x) for int.from_bytes and the constructor: bytes, or an iterable of ints. */
    static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes pb) {
            return pb.bytes();
        } else if (o instanceof PyMemoryView m) {
            return m.toBytes(false);
        }
        if (o instanceof String || o instanceof Double || Ops.isInt(o) || o == PyNone.NONE) {
            throw PyErrors.typeError("cannot convert '" + Ops.typeName(o) + "' object to bytes");
        }
        if (o instanceof PyObject) {
            Object m = PyType.of(o).lookup("__bytes__");
            if (m != null) {
                Object r = Calls.call(m, o);
                if (!(r instanceof PyBytes rb)) {
                    throw PyErrors.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
                }
                return rb.bytes();
            }
        }
        PyIterator it;
        try {
            it = Ops.iter(o);
        } catch (org.krait.runtime.PyException e) {
            throw PyErrors.typeError("cannot convert '" + Ops.typeName(o) + "' object to bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object x = it.next(); x != null; x = it.next()) {
            Object v = Args.intValue(x);
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw PyErrors.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) (long) l);
        }
        return out.toByteArray();
    }

    static void install() {
        Defs.constructor(T, "cls, source=?, encoding=?, errors=?", a -> {
            PyBytes b = (PyBytes) construct(a);
            if (a[0] == T) {
                return b;
            }
            PyBytes own = new PyBytes(b.bytes());  // a program's subclass: the same (immutable) bytes, its class
            own.setType((PyType) a[0]);
            return own;
        });
        method(T, "decode", "self, encoding='utf-8', errors='strict'", a -> Codecs.decode(((PyBytes) a[0]).bytes(),
                Args.str(a[1], "decode() argument 'encoding'"), Args.str(a[2], "decode() argument 'errors'")));
        method(T, "hex", "self, sep=?, bytes_per_sep=1", a -> hex(((PyBytes) a[0]).bytes(), a[1], Args.index(a[2])));
        Defs.classMethod(T, "fromhex", "string, /",
                a -> Defs.ofClass(a[0], T, fromHex(Args.str(a[1], "fromhex() argument"))));
        Defs.plain(T, "maketrans", "frm, to, /", a -> {
            String f = arg(a[0]);
            String t = arg(a[1]);
            if (f.length() != t.length()) {
                throw PyErrors.valueError("maketrans arguments must have same length");
            }
            char[] table = new char[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (char) i;
            }
            for (int i = 0; i < f.length(); i++) {
                table[f.charAt(i)] = t.charAt(i);
            }
            return b(new String(table));
        });
        method(T, "join", "self, iterable_of_bytes, /", a -> {
            Object[] items = Ops.toArray(a[1]);
            StringBuilder sb = new StringBuilder();
            String sep = l1(a[0]);
            for (int i = 0; i < items.length; i++) {
                byte[] item = items[i] instanceof PyMemoryView m && !m.isReleased() && !m.isCContiguous() ? null
                        : Buffers.bytesOrNull(items[i]);
                if (item == null) {
                    throw PyErrors.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + Ops.typeName(items[i]) + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(new String(item, StandardCharsets.ISO_8859_1));
            }
            return b(sb.toString());
        });
        method(T, "split", "self, sep=None, maxsplit=-1", a -> split(a, false));
        method(T, "rsplit", "self, sep=None, maxsplit=-1", a -> split(a, true));
        method(T, "strip", "self, bytes=None, /", a -> strip(a, 0));
        method(T, "lstrip", "self, bytes=None, /", a -> strip(a, 1));
        method(T, "rstrip", "self, bytes=None, /", a -> strip(a, 2));
        method(T, "startswith", "self, prefix, start=None, end=None, /", a -> affix(a, "startswith", true));
        method(T, "endswith", "self, suffix, start=None, end=None, /", a -> affix(a, "endswith", false));
        method(T, "find", "self, sub, start=None, end=None, /", a -> find(a, false, false));
        method(T, "rfind", "self, sub, start=None, end=None, /", a -> find(a, true, false));
        method(T, "index", "self, sub, start=None, end=None, /", a -> find(a, false, true));
        method(T, "rindex", "self, sub, start=None, end=None, /", a -> find(a, true, true));
        method(T, "count", "self, sub, start=None, end=None, /", a -> {
            String s = l1(a[0]);
            String sub = subArg(a[1]);
            long[] r = Args.adjust(a[2], a[3], s.length());
            if (r[0] > s.length() || r[1] < r[0]) {
                return 0L;
            }
            if (sub.isEmpty()) {
                return r[1] - r[0] + 1;
            }
            return (long) Text.count(s, sub, (int) r[0], (int) r[1], 0);
        });
        Defs.worded(T, PyBuiltinFunction.ArgWording.PARSE_TUPLE, Defs.SEARCH_METHODS);
        method(T, "replace", "self, old, new, count=-1, /", a -> b(Text.replace(l1(a[0]), arg(a[1]), arg(a[2]),
                Args.index(a[3]))));
        method(T, "upper", "self", a -> b(asciiUpper(l1(a[0]))));
        method(T, "lower", "self", a -> b(asciiLower(l1(a[0]))));
        method(T, "swapcase", "self", a -> {
            StringBuilder sb = new StringBuilder();
            for (char c : l1(a[0]).toCharArray()) {
                sb.append(isLower(c) ? (char) (c - 32) : isUpper(c) ? (char) (c + 32) : c);
            }
            return b(sb.toString());
        });
        method(T, "capitalize", "self", a -> {
            String s = l1(a[0]);
            return s.isEmpty() ? a[0] : b(asciiUpper(s.substring(0, 1)) + asciiLower(s.substring(1)));
        });
        method(T, "title", "self", a -> {
            StringBuilder sb = new StringBuilder();
            boolean prev = false;
            for (char c : l1(a[0]).toCharArray()) {
                boolean cased = isLower(c) || isUpper(c);
                sb.append(prev ? asciiLower(String.valueOf(c)) : asciiUpper(String.valueOf(c)));
                prev = cased;
            }
            return b(sb.toString());
        });
        method(T, "isdigit", "self", a -> allBytes(l1(a[0]), c -> c >= '0' && c <= '9'));
        method(T, "isalpha", "self", a -> allBytes(l1(a[0]), c -> isLower(c) || isUpper(c)));
        method(T, "isalnum", "self", a -> allBytes(l1(a[0]), c -> isLower(c) || isUpper(c) || (c >= '0' && c <= '9')));
        method(T, "isspace", "self", a -> allBytes(l1(a[0]), c -> Text.isByteSpace(c)));
        method(T, "isascii", "self", a -> l1(a[0]).chars().allMatch(c -> c < 128));
        method(T, "islower", "self", a -> {
            String s = l1(a[0]);
            return s.chars().anyMatch(c -> isLower((char) c)) && s.chars().noneMatch(c -> isUpper((char) c));
        });
        method(T, "isupper", "self", a -> {
            String s = l1(a[0]);
            return s.chars().anyMatch(c -> isUpper((char) c)) && s.chars().noneMatch(c -> isLower((char) c));
        });
        method(T, "istitle", "self", a -> StrMethods.isTitle(asciiOnly(l1(a[0]))));
        method(T, "center", "self, width, fillchar=?, /", a -> pad(a, 0, "center"));
        method(T, "ljust", "self, width, fillchar=?, /", a -> pad(a, -1, "ljust"));
        method(T, "rjust", "self, width, fillchar=?, /", a -> pad(a, 1, "rjust"));
        method(T, "zfill", "self, width, /", a -> b(Text.zfill(l1(a[0]), Args.index(a[1]), l1(a[0]).length())));
        method(T, "partition", "self, sep, /", a -> partition(a, false));
        method(T, "rpartition", "self, sep, /", a -> partition(a, true));
        method(T, "splitlines", "self, keepends=False", a -> {
            List<String> lines = Text.splitlines(l1(a[0]), Ops.isTrue(a[1]), true);
            return new PyList(lines.stream().map(BytesMethods::b).toArray());
        });
        method(T, "expandtabs", "self, tabsize=8", a -> b(Text.expandtabs(l1(a[0]), Args.index(a[1]))));
        method(T, "removeprefix", "self, prefix, /", a -> {
            String s = l1(a[0]);
            String p = arg(a[1]);
            return s.startsWith(p) && !p.isEmpty() ? b(s.substring(p.length())) : a[0];
        });
        method(T, "removesuffix", "self, suffix, /", a -> {
            String s = l1(a[0]);
            String p = arg(a[1]);
            return s.endsWith(p) && !p.isEmpty() ? b(s.substring(0, s.length() - p.length())) : a[0];
        });
        method(T, "translate", "self, table, /, delete=?", a -> {
            String s = l1(a[0]);
            String table = a[1] == PyNone.NONE ? null : arg(a[1]);
            if (table != null && table.length() != 256) {
                throw PyErrors.valueError("translation table must be 256 characters long");
            }
            String del = Args.missing(a[2]) ? "" : arg(a[2]);
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (del.indexOf(c) < 0) {
                    sb.append(table == null ? c : table.charAt(c));
                }
            }
            return b(sb.toString());
        });
        method(T, "__len__", "self", a -> (long) ((PyBytes) a[0]).bytes().length);
        method(T, "__bytes__", "self", a -> a[0]);
        method(T, "__getnewargs__", "self", a -> PyTuple.of(a[0]));
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static String asciiUpper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(isLower(c) ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    static String asciiLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(isUpper(c) ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    /** Replaces non-ASCII bytes by a neutral character, so that str's case predicates apply ASCII rules. */
    private static String asciiOnly(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c < 128 ? c : ' ');
        }
        return sb.toString();
    }

    interface ByteTest {
        boolean test(char c);
    }

    static boolean allBytes(String s, ByteTest t) {
        if (s.isEmpty()) {
            return false;
        }
        for (char c : s.toCharArray()) {
            if (!t.test(c)) {
                return false;
            }
        }
        return true;
    }

    static String hex(byte[] b, Object sepArg, long perSep) {
        StringBuilder hex = new StringBuilder(b.length * 3);
        String sep = null;
        if (!Args.missing(sepArg)) {
            sep = sepArg instanceof PyBytes pb ? new String(pb.bytes(), StandardCharsets.ISO_8859_1)
                    : Args.str(sepArg, "sep");
            if (sep.length() != 1) {
                throw PyErrors.valueError("sep must be length 1.");
            }
        }
        int n = b.length;
        long group = Math.abs(perSep);
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && group > 0) {
                boolean boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    hex.append(sep);
                }
            }
            hex.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
        }
        return hex.toString();
    }

    static PyBytes fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Text.isByteSpace(c)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return new PyBytes(out.toByteArray());
    }

    private static Object split(Object[] a, boolean reverse) {
        String s = l1(a[0]);
        long max = Args.index(a[2]);
        PyList parts;
        if (a[1] == PyNone.NONE) {
            parts = reverse ? Text.rsplitWhitespace(s, max, Text.BYTE_SPACE) : Text.splitWhitespace(s, max, Text.BYTE_SPACE);
        } else {
            String sep = arg(a[1]);
            parts = reverse ? Text.rsplit(s, sep, max) : Text.split(s, sep, max);
        }
        Object[] items = parts.toArray();
        for (int i = 0; i < items.length; i++) {
            items[i] = b((String) items[i]);
        }
        return new PyList(items);
    }

    private static Object strip(Object[] a, int which) {
        String chars = a[1] == PyNone.NONE ? null : arg(a[1]);
        return b(Text.strip(l1(a[0]), chars, which, Text.BYTE_SPACE));
    }

    private static Object affix(Object[] a, String name, boolean start) {
        String s = l1(a[0]);
        long[] r = Args.adjust(a[2], a[3], s.length());
        Object p = a[1];
        Object[] candidates;
        if (p instanceof PyTuple t) {
            candidates = t.items();
            for (Object x : candidates) {
                if (!Buffers.isBuffer(x)) {
                    throw PyErrors.typeError("a bytes-like object is required, not '" + Ops.typeName(x) + "'");
                }
            }
        } else if (Buffers.isBuffer(p)) {
            candidates = new Object[]{p};
        } else {
            throw PyErrors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + Ops.typeName(p));
        }
        for (Object c : candidates) {
            String ps = arg(c);
            if (r[0] > s.length()) {
                continue;
            }
            int from = (int) r[0];
            int to = (int) Math.max(r[0], r[1]);
            if (to - from >= ps.length() && (start ? s.startsWith(ps, from) : s.startsWith(ps, to - ps.length()))) {
                return true;
            }
        }
        return false;
    }

    private static Object find(Object[] a, boolean reverse, boolean raise) {
        String s = l1(a[0]);
        String sub = subArg(a[1]);
        long[] r = Args.adjust(a[2], a[3], s.length());
        int found = -1;
        if (r[0] <= s.length() && r[0] <= r[1]) {
            found = reverse ? Text.rfind(s, sub, (int) r[0], (int) r[1]) : Text.find(s, sub, (int) r[0], (int) r[1]);
        }
        if (found < 0 && raise) {
            throw PyErrors.valueError("subsection not found");
        }
        return (long) found;
    }

    private static Object pad(Object[] a, int where, String name) {
        String s = l1(a[0]);
        long width = Args.index(a[1]);
        char fill = ' ';
        if (!Args.missing(a[2])) {
            if (!(a[2] instanceof PyBytes fb) || fb.bytes().length != 1) {
                throw PyErrors.typeError(name + "() argument 2 must be a byte string of length 1, not "
                        + Ops.typeName(a[2]));
            }
            fill = (char) (fb.bytes()[0] & 0xff);
        }
        return b(Text.pad(s, s.length(), width, fill, where));
    }

    private static Object partition(Object[] a, boolean reverse) {
        String s = l1(a[0]);
        String sep = arg(a[1]);
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int j = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        PyBytes empty = new PyBytes(new byte[0]);
        if (j < 0) {
            return reverse ? PyTuple.of(empty, empty, a[0]) : PyTuple.of(a[0], empty, empty);
        }
        return PyTuple.of(b(s.substring(0, j)), b(sep), b(s.substring(j + sep.length())));
    }
    /** {@code bytes(source, encoding, errors)} (slots 1-3 of {@code a}). */
    private static Object construct(Object[] a) {
        Object src = a[1];
        boolean hasEnc = !Args.missing(a[2]);
        boolean hasErr = !Args.missing(a[3]);
        if (src instanceof String s) {
            if (!hasEnc) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            return Codecs.encodeWithBom(s, Args.str(a[2], "bytes() argument 'encoding'"),
                    hasErr ? Args.str(a[3], "bytes() argument 'errors'") : "strict");
        }
        if (hasEnc) {
            throw PyErrors.typeError("encoding without a string argument");
        }
        if (hasErr) {
            throw PyErrors.typeError("errors without a string argument");
        }
        if (Args.missing(src)) {
            return new PyBytes(new byte[0]);
        }
        if (src instanceof Long || src instanceof BigInteger || src instanceof Boolean) {
            long n = Args.index(src);
            if (n < 0) {
                throw PyErrors.valueError("negative count");
            }
            return new PyBytes(new byte[(int) n]);
        }
        if (src instanceof PyBytes p) {
            // bytes(b) is b itself; a bytearray's bytes are copied, a bytes subclass's shared
            return p.isByteArray() ? new PyBytes(p.bytes().clone()) : p.type() == T ? src : new PyBytes(p.bytes());
        }
        return new PyBytes(bytesOf(src));
    }
}
