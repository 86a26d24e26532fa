package org.krait.stdlib;

import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Serializes to JSON text exactly as CPython's json encoders do (the C one without indent, the Python one
 * with indent: they differ only in one error message).
 */
final class JsonEncoder {
    final boolean skipKeys;
    final boolean ensureAscii;
    final boolean checkCircular;
    final boolean allowNan;
    final boolean sortKeys;
    /** The indent string, or null for everything on one line. */
    final String indent;
    final String itemSeparator;
    final String keySeparator;
    /** Called for objects JSON cannot represent; null raises TypeError. */
    final Object defaultFn;
    /** The builtin sorted(), for sort_keys with Python's comparisons and errors. */
    final Object sorted;
    private final Map<Object, Boolean> markers = new IdentityHashMap<>();

    JsonEncoder(boolean skipKeys, boolean ensureAscii, boolean checkCircular, boolean allowNan, boolean sortKeys,
                String indent, String itemSeparator, String keySeparator, Object defaultFn, Object sorted) {
        this.skipKeys = skipKeys;
        this.ensureAscii = ensureAscii;
        this.checkCircular = checkCircular;
        this.allowNan = allowNan;
        this.sortKeys = sortKeys;
        this.indent = indent;
        this.itemSeparator = itemSeparator;
        this.keySeparator = keySeparator;
        this.defaultFn = defaultFn;
        this.sorted = sorted;
    }

    /** Where the text goes: one string (CPython's C encoder) or CPython's Python encoder's chunks. */
    private StringBuilder out;
    private java.util.List<Object> chunks;
    /** CPython's C encoder (one shot, no indent) words one error differently from its Python encoder. */
    private boolean cEncoder;

    String encode(Object o) {
        out = new StringBuilder();
        cEncoder = indent == null;
        value(o, 0);
        return out.toString();
    }

    /** The pieces iterencode() yields, cut where CPython's Python encoder cuts them. */
    java.util.List<Object> chunks(Object o) {
        chunks = new java.util.ArrayList<>();
        cEncoder = false;
        value(o, 0);
        return chunks;
    }

    private void emit(String text) {
        if (chunks != null) {
            chunks.add(text);
        } else {
            out.append(text);
        }
    }

    /** The text of a scalar (str, None, bool, int, float, in CPython's order of checks), or null. */
    private String scalar(Object o) {
        if (o instanceof String s) {
            return quoted(s);
        } else if (o == PyNone.NONE) {
            return "null";
        } else if (o instanceof Boolean b) {
            return b ? "true" : "false";
        } else if (o instanceof Long || o instanceof BigInteger) {
            return Repr.repr(o);  // a long int is subject to sys.set_int_max_str_digits
        } else if (o instanceof Double d) {
            return floatText(d);
        } else if (isInstance(o, PyType.STR)) {
            return quoted(Repr.str(o));
        } else if (isInstance(o, PyType.INT)) {
            return Repr.repr(Numbers.index(o));
        } else if (isInstance(o, PyType.FLOAT)) {
            return floatText(Numbers.toDouble(o));
        }
        return null;
    }

    private String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        string(sb, s, ensureAscii);
        return sb.toString();
    }

    private static boolean isArray(Object o) {
        return o instanceof PyList || o instanceof PyTuple || isInstance(o, PyType.LIST) || isInstance(o, PyType.TUPLE);
    }

    private void value(Object o, int level) {
        String text = scalar(o);
        if (text != null) {
            emit(text);
        } else if (isArray(o)) {
            array(o, level);
        } else if (o instanceof PyDict d) {
            object(d, level);
        } else {
            if (defaultFn == null) {
                throw PyErrors.typeError("Object of type " + Ops.typeName(o) + " is not JSON serializable");
            }
            enter(o);
            value(Calls.call(defaultFn, o), level);
            leave(o);
        }
    }

    private static boolean isInstance(Object o, PyType t) {
        return PyType.of(o).isSubtypeOf(t);
    }

    private String floatText(double d) {
        if (Double.isFinite(d)) {
            return Repr.repr(d);
        }
        if (!allowNan) {
            throw PyErrors.valueError("Out of range float values are not JSON compliant"
                    + (cEncoder ? "" : ": " + Repr.repr(d)));
        }
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private void enter(Object o) {
        if (checkCircular) {
            if (markers.containsKey(o)) {
                throw PyErrors.valueError("Circular reference detected");
            }
            markers.put(o, Boolean.TRUE);
        }
    }

    private void leave(Object o) {
        if (checkCircular) {
            markers.remove(o);
        }
    }

    /** A list or tuple element, or a dict value: scalars are glued to what precedes them. */
    private void member(String before, Object v, int level) {
        String text = scalar(v);
        if (text != null) {
            emit(before + text);
            return;
        }
        if (!before.isEmpty()) {
            emit(before);
        }
        value(v, level);
    }

    private void array(Object o, int level) {
        Object[] items = Ops.toArray(o);
        if (items.length == 0) {
            emit("[]");
            return;
        }
        enter(o);
        String newline = indent == null ? null : "\n" + indent.repeat(level + 1);
        String separator = newline == null ? itemSeparator : itemSeparator + newline;
        String buf = newline == null ? "[" : "[" + newline;
        for (int i = 0; i < items.length; i++) {
            member(i == 0 ? buf : separator, items[i], level + 1);
        }
        if (newline != null) {
            emit("\n" + indent.repeat(level));
        }
        emit("]");
        leave(o);
    }

    private void object(PyDict d, int level) {
        if (d.size() == 0) {
            emit("{}");
            return;
        }
        enter(d);
        Object[] items = Ops.toArray(Calls.call(org.krait.runtime.Attributes.get(d, "items")));
        if (sortKeys) {
            items = Ops.toArray(Calls.call(sorted, new PyList(items)));
        }
        emit("{");
        String newline = indent == null ? null : "\n" + indent.repeat(level + 1);
        String separator = newline == null ? itemSeparator : itemSeparator + newline;
        if (newline != null) {
            emit(newline);
        }
        boolean first = true;
        for (Object item : items) {
            PyTuple kv = (PyTuple) item;
            String key = keyText(kv.get(0));
            if (key == null) {
                continue;
            }
            if (!first) {
                emit(separator);
            }
            first = false;
            emit(quoted(key));
            emit(keySeparator);
            member("", kv.get(1), level + 1);
        }
        if (newline != null) {
            emit("\n" + indent.repeat(level));
        }
        emit("}");
        leave(d);
    }

    /** The text of a key, or null to skip it (skipkeys). */
    private String keyText(Object k) {
        if (k instanceof String s) {
            return s;
        } else if (k instanceof Double d) {
            return floatText(d);
        } else if (k instanceof Boolean b) {
            return b ? "true" : "false";
        } else if (k == PyNone.NONE) {
            return "null";
        } else if (k instanceof Long || k instanceof BigInteger) {
            return Repr.repr(k);
        } else if (isInstance(k, PyType.STR)) {
            return Repr.str(k);
        } else if (isInstance(k, PyType.INT)) {
            return Repr.repr(Numbers.index(k));
        } else if (isInstance(k, PyType.FLOAT)) {
            return floatText(Numbers.toDouble(k));
        } else if (skipKeys) {
            return null;
        }
        throw PyErrors.typeError("keys must be str, int, float, bool or None, not " + Ops.typeName(k));
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A JSON string literal: quotes, escapes, and with ensure_ascii \\uXXXX for all but printable ASCII. */
    static void string(StringBuilder sb, String s, boolean ascii) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || ascii && c > 0x7e) {
                        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                                .append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
