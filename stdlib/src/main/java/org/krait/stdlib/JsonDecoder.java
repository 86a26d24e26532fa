package org.krait.stdlib;

import org.krait.runtime.Arith;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses JSON text as CPython's json scanner does: the same values, hooks (object_hook, object_pairs_hook,
 * parse_float, parse_int, parse_constant), strictness about control characters, and the same error messages
 * at the same positions ({@link Failure} carries them to json.py's JSONDecodeError).
 */
final class JsonDecoder {
    /** A decoding error: CPython's message and the char offset where it happened. */
    static final class Failure extends RuntimeException {
        final String msg;
        final int pos;

        Failure(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    private static final int MAX_DEPTH = 900;

    private final String s;
    private final boolean strict;
    private final Object objectHook;
    private final Object pairsHook;
    private final Object parseFloat;
    private final Object parseInt;
    private final Object parseConstant;
    private int depth;

    /** Hooks are null when not given. */
    JsonDecoder(String s, boolean strict, Object objectHook, Object pairsHook, Object parseFloat, Object parseInt,
                Object parseConstant) {
        this.s = s;
        this.strict = strict;
        this.objectHook = objectHook;
        this.pairsHook = pairsHook;
        this.parseFloat = parseFloat;
        this.parseInt = parseInt;
        this.parseConstant = parseConstant;
    }

    /** The value starting at {@code idx} and the offset after it (raw_decode). */
    Object[] scan(int idx) {
        int[] end = new int[1];
        Object v = value(idx, end);
        return new Object[]{v, end[0]};
    }

    static int skipWhitespace(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private Object value(int i, int[] end) {
        if (i >= s.length()) {
            throw new Failure("Expecting value", i);
        }
        char c = s.charAt(i);
        switch (c) {
            case '"':
                return string(i + 1, end);
            case '{':
                return nested(() -> object(i + 1, end));
            case '[':
                return nested(() -> array(i + 1, end));
            case 'n':
                if (s.startsWith("null", i)) {
                    end[0] = i + 4;
                    return PyNone.NONE;
                }
                break;
            case 't':
                if (s.startsWith("true", i)) {
                    end[0] = i + 4;
                    return Boolean.TRUE;
                }
                break;
            case 'f':
                if (s.startsWith("false", i)) {
                    end[0] = i + 5;
                    return Boolean.FALSE;
                }
                break;
            case 'N':
                if (s.startsWith("NaN", i)) {
                    end[0] = i + 3;
                    return constant("NaN", Double.NaN);
                }
                break;
            case 'I':
                if (s.startsWith("Infinity", i)) {
                    end[0] = i + 8;
                    return constant("Infinity", Double.POSITIVE_INFINITY);
                }
                break;
            case '-':
                if (s.startsWith("-Infinity", i)) {
                    end[0] = i + 9;
                    return constant("-Infinity", Double.NEGATIVE_INFINITY);
                }
                break;
            default:
                break;
        }
        Object n = number(i, end);
        if (n == null) {
            throw new Failure("Expecting value", i);
        }
        return n;
    }

    private Object nested(java.util.function.Supplier<Object> parse) {
        if (++depth > MAX_DEPTH) {
            throw PyErrors.create(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded while decoding a JSON document");
        }
        try {
            return parse.get();
        } finally {
            depth--;
        }
    }

    private Object constant(String name, double value) {
        return parseConstant == null ? (Object) value : Calls.call(parseConstant, name);
    }

    /** A JSON number, or null when there is none at {@code i}. */
    private Object number(int i, int[] end) {
        int p = i;
        if (p < s.length() && s.charAt(p) == '-') {
            p++;
        }
        int intStart = p;
        if (p < s.length() && s.charAt(p) == '0') {
            p++;
        } else {
            while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                p++;
            }
        }
        if (p == intStart) {
            return null;
        }
        boolean isFloat = false;
        if (p + 1 < s.length() && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
            p += 2;
            while (p < s.length() && isDigit(s.charAt(p))) {
                p++;
            }
            isFloat = true;
        }
        if (p < s.length() && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < s.length() && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            if (q < s.length() && isDigit(s.charAt(q))) {
                while (q < s.length() && isDigit(s.charAt(q))) {
                    q++;
                }
                p = q;
                isFloat = true;
            }
        }
        end[0] = p;
        String text = s.substring(i, p);
        if (isFloat) {
            return parseFloat == null ? (Object) Double.parseDouble(text) : Calls.call(parseFloat, text);
        }
        if (parseInt != null) {
            return Calls.call(parseInt, text);
        }
        return text.length() < 18 ? (Object) Long.parseLong(text) : Arith.normalize(new BigInteger(text));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A string whose opening quote is at {@code begin - 1}. */
    private String string(int begin, int[] end) {
        StringBuilder sb = null;
        int i = begin;
        int chunk = begin;
        while (true) {
            if (i >= s.length()) {
                throw new Failure("Unterminated string starting at", begin - 1);
            }
            char c = s.charAt(i);
            if (c == '"') {
                end[0] = i + 1;
                if (sb == null) {
                    return s.substring(begin, i);
                }
                return sb.append(s, chunk, i).toString();
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, chunk, i);
                if (i + 1 >= s.length()) {
                    throw new Failure("Unterminated string starting at", begin - 1);
                }
                char e = s.charAt(i + 1);
                if (e == 'u') {
                    int cp = hex4(i + 2, i + 1);
                    i += 6;
                    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length() && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
                        int low = hex4(i + 2, i + 1);
                        if (low >= 0xdc00 && low <= 0xdfff) {
                            sb.appendCodePoint(0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00));
                            i += 6;
                            chunk = i;
                            continue;
                        }
                    }
                    sb.append((char) cp);
                    chunk = i;
                    continue;
                }
                char ch = switch (e) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '/' -> '/';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> throw new Failure("Invalid \\escape", i);
                };
                sb.append(ch);
                i += 2;
                chunk = i;
                continue;
            }
            if (c < 0x20 && strict) {
                throw new Failure("Invalid control character at", i);
            }
            i++;
        }
    }

    /** The 4 hex digits at {@code at}; the error points at the 'u' ({@code u}). */
    private int hex4(int at, int u) {
        if (at + 4 > s.length()) {
            throw new Failure("Invalid \\uXXXX escape", u);
        }
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') {
                throw new Failure("Invalid \\uXXXX escape", u);
            }
            v = v * 16 + d;
        }
        return v;
    }

    private Object object(int i, int[] end) {
        List<Object[]> pairs = new ArrayList<>();
        i = skipWhitespace(s, i);
        if (i < s.length() && s.charAt(i) == '}') {
            end[0] = i + 1;
            return finishObject(pairs);
        }
        while (true) {
            if (i >= s.length() || s.charAt(i) != '"') {
                throw new Failure("Expecting property name enclosed in double quotes", i);
            }
            String key = string(i + 1, end);
            i = skipWhitespace(s, end[0]);
            if (i >= s.length() || s.charAt(i) != ':') {
                throw new Failure("Expecting ':' delimiter", i);
            }
            i = skipWhitespace(s, i + 1);
            Object v = value(i, end);
            pairs.add(new Object[]{key, v});
            i = skipWhitespace(s, end[0]);
            if (i < s.length() && s.charAt(i) == '}') {
                end[0] = i + 1;
                return finishObject(pairs);
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw new Failure("Expecting ',' delimiter", i);
            }
            i = skipWhitespace(s, i + 1);
        }
    }

    private Object finishObject(List<Object[]> pairs) {
        if (pairsHook != null) {
            PyList list = new PyList();
            for (Object[] kv : pairs) {
                list.append(PyTuple.of(kv[0], kv[1]));
            }
            return Calls.call(pairsHook, list);
        }
        PyDict d = new PyDict();
        for (Object[] kv : pairs) {
            d.put(kv[0], kv[1]);
        }
        return objectHook == null ? d : Calls.call(objectHook, d);
    }

    private Object array(int i, int[] end) {
        PyList list = new PyList();
        i = skipWhitespace(s, i);
        if (i < s.length() && s.charAt(i) == ']') {
            end[0] = i + 1;
            return list;
        }
        while (true) {
            list.append(value(i, end));
            i = skipWhitespace(s, end[0]);
            if (i < s.length() && s.charAt(i) == ']') {
                end[0] = i + 1;
                return list;
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw new Failure("Expecting ',' delimiter", i);
            }
            i = skipWhitespace(s, i + 1);
        }
    }
}
