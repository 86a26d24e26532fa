package org.krait.runtime.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads cases.tsv (written by gen_cases.py from CPython's output) and evaluates each case with a toy object
 * model: Long/BigInteger = int, Double = float, String = str, Boolean = bool, null = None, List = list of
 * ints, Map = dict. Results use the generator's escaping; errors read "!TypeName: message".
 */
final class FormatCases {
    private FormatCases() { }

    record Case(int line, String kind, String value, String spec, String expected) {
        @Override public String toString() { return line + ": " + kind + " " + value + " [" + spec + "]"; }
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        InputStream in = FormatCases.class.getResourceAsStream("/format/cases.tsv");
        if (in == null) throw new IOException("format/cases.tsv not on the class path");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t", -1);
                cases.add(new Case(n, f[0], f[1], f[2], f[3]));
            }
        }
        return cases;
    }

    /** A Python exception raised by the toy object model. */
    static final class PyErr extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String type;
        PyErr(String type, String msg) { super(msg, null, false, false); this.type = type; }
    }

    static String evaluate(Case c) {
        try {
            return esc(run(c.kind(), c.value(), unesc(c.spec())));
        } catch (FormatError e) {
            String t = switch (e.kind) {
                case VALUE -> "ValueError";
                case TYPE -> "TypeError";
                case OVERFLOW -> "OverflowError";
                case INDEX -> "IndexError";
            };
            return "!" + t + ": " + esc(e.getMessage());
        } catch (PyErr e) {
            return "!" + e.type + ": " + esc(e.getMessage());
        }
    }

    private static String run(String kind, String value, String spec) {
        switch (kind) {
            case "repr": return FloatRepr.repr(dbl(value));
            case "ffmt": return Formatter.format(dbl(value), spec);
            case "ifmt": {
                BigInteger b = new BigInteger(value);
                String big = Formatter.format(b, spec);
                if (b.bitLength() < 64) {
                    String small = Formatter.format(b.longValue(), spec);
                    if (!small.equals(big)) return "MISMATCH long=" + small + " big=" + big;
                }
                return big;
            }
            case "bfmt": return Formatter.format(value.equals("1"), spec);
            case "sfmt": return Formatter.format(unesc(value), spec);
            case "srepr": return StrRepr.repr(unesc(value));
            case "sascii": return StrRepr.ascii(unesc(value));
            case "brepr": return BytesRepr.repr(java.util.HexFormat.of().parseHex(value));
            case "hex": case "oct": case "bin": {
                BigInteger b = new BigInteger(value);
                String big = kind.equals("hex") ? IntFormat.hex(b) : kind.equals("oct") ? IntFormat.oct(b) : IntFormat.bin(b);
                if (b.bitLength() < 64) {
                    long l = b.longValue();
                    String small = kind.equals("hex") ? IntFormat.hex(l) : kind.equals("oct") ? IntFormat.oct(l) : IntFormat.bin(l);
                    if (!small.equals(big)) return "MISMATCH long=" + small + " big=" + big;
                }
                return big;
            }
            case "pct": {
                String[] items = value.split("\\|", -1);
                List<Object> args = new ArrayList<>();
                Map<String, Object> map = new LinkedHashMap<>();
                decodeItems(items, 1, args, map);
                switch (items[0]) {
                    case "T": return PercentFormat.format(spec, args.toArray(), VALUES);
                    case "M": return PercentFormat.formatSingle(spec, map, true, VALUES);
                    default: {
                        Object a = args.get(0);
                        return PercentFormat.formatSingle(spec, a, a instanceof List || a instanceof Map, VALUES);
                    }
                }
            }
            case "sf": case "sfm": {
                List<Object> args = new ArrayList<>();
                Map<String, Object> map = new LinkedHashMap<>();
                decodeItems(value.isEmpty() ? new String[0] : value.split("\\|", -1), 0, args, map);
                return kind.equals("sf") ? StrFormat.format(spec, args.toArray(), map, FIELDS)
                        : StrFormat.formatMap(spec, map, FIELDS);
            }
            default: throw new IllegalArgumentException(kind);
        }
    }

    private static double dbl(String bits) { return Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16)); }

    private static void decodeItems(String[] items, int from, List<Object> args, Map<String, Object> map) {
        for (int i = from; i < items.length; i++) {
            if (items[i].startsWith("k:")) {
                map.put(unesc(items[i].substring(2)), decode(items[++i]));
            } else {
                args.add(decode(items[i]));
            }
        }
    }

    private static Object decode(String item) {
        String p = item.substring(2);
        switch (item.charAt(0)) {
            case 'i': { BigInteger b = new BigInteger(p); return b.bitLength() < 64 ? (Object) b.longValue() : b; }
            case 'f': return dbl(p);
            case 's': return unesc(p);
            case 'b': return p.equals("1");
            case 'n': return null;
            case 'L': {
                List<Object> l = new ArrayList<>();
                if (!p.isEmpty()) for (String x : p.split(",")) l.add(Long.parseLong(x));
                return l;
            }
            default: throw new IllegalArgumentException(item);
        }
    }

    static String typeName(Object o) {
        if (o == null) return "NoneType";
        if (o instanceof Long || o instanceof BigInteger) return "int";
        if (o instanceof Double) return "float";
        if (o instanceof String) return "str";
        if (o instanceof Boolean) return "bool";
        if (o instanceof List) return "list";
        if (o instanceof Map) return "dict";
        throw new IllegalArgumentException(o.getClass().toString());
    }

    static String str(Object o) {
        if (o == null) return "None";
        if (o instanceof Double d) return FloatRepr.repr(d);
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : l) sb.append(sb.length() > 1 ? ", " : "").append(repr(x));
            return sb.append(']').toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(sb.length() > 1 ? ", " : "").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return sb.append('}').toString();
        }
        return o.toString();
    }

    static String repr(Object o) { return o instanceof String s ? StrRepr.repr(s) : str(o); }

    static final PercentFormat.Values VALUES = new PercentFormat.Values() {
        @Override public String str(Object o) { return FormatCases.str(o); }
        @Override public String repr(Object o) { return FormatCases.repr(o); }
        @Override public String ascii(Object o) { return o instanceof String s ? StrRepr.ascii(s) : str(o); }
        @Override public Object toIntegerOrNull(Object o) {
            if (o instanceof Long || o instanceof BigInteger) return o;
            if (o instanceof Boolean b) return b ? 1L : 0L;
            return null;
        }
        @Override public Double toDoubleOrNull(Object o) {
            if (o instanceof Double d) return d;
            if (o instanceof Long l) return (double) l;
            if (o instanceof Boolean b) return b ? 1.0 : 0.0;
            if (o instanceof BigInteger b) {
                double d = b.doubleValue();
                if (Double.isInfinite(d)) throw new PyErr("OverflowError", "int too large to convert to float");
                return d;
            }
            return null;
        }
        @Override public Object mappingGet(Object mapping, String key) {
            if (mapping instanceof List) {
                throw new PyErr("TypeError", "list indices must be integers or slices, not str");
            }
            Map<?, ?> m = (Map<?, ?>) mapping;
            if (!m.containsKey(key)) throw new PyErr("KeyError", StrRepr.repr(key));
            return m.get(key);
        }
        @Override public String typeName(Object o) { return FormatCases.typeName(o); }
    };

    static final StrFormat.Fields FIELDS = new StrFormat.Fields() {
        @Override public Object named(Object kwargs, String name) {
            Map<?, ?> m = (Map<?, ?>) kwargs;
            if (m == null || !m.containsKey(name)) throw new PyErr("KeyError", StrRepr.repr(name));
            return m.get(name);
        }
        @Override public Object getattr(Object o, String name) {
            if ((o instanceof Long || o instanceof BigInteger) && name.equals("real")) return o;
            if ((o instanceof Long || o instanceof BigInteger) && name.equals("imag")) return 0L;
            if (o instanceof Double && name.equals("real")) return o;
            if (o instanceof Double && name.equals("imag")) return 0.0;
            throw new PyErr("AttributeError", "'" + typeName(o) + "' object has no attribute '" + name + "'");
        }
        @Override public Object getitem(Object o, Object key) {
            if (o instanceof List<?> l) {
                if (!(key instanceof Long k)) throw new PyErr("TypeError", "list indices must be integers or slices, not str");
                if (k >= l.size()) throw new PyErr("IndexError", "list index out of range");
                return l.get((int) (long) k);
            }
            if (o instanceof String s) {
                if (!(key instanceof Long k)) throw new PyErr("TypeError", "string indices must be integers, not 'str'");
                if (k >= s.codePointCount(0, s.length())) throw new PyErr("IndexError", "string index out of range");
                return Character.toString(s.codePointAt(s.offsetByCodePoints(0, (int) (long) k)));
            }
            throw new PyErr("TypeError", "'" + typeName(o) + "' object is not subscriptable");
        }
        @Override public String format(Object v, String spec) {
            if (v instanceof Long l) return Formatter.format(l, spec);
            if (v instanceof BigInteger b) return Formatter.format(b, spec);
            if (v instanceof Double d) return Formatter.format(d, spec);
            if (v instanceof String s) return Formatter.format(s, spec);
            if (v instanceof Boolean b) return Formatter.format(b, spec);
            if (spec.isEmpty()) return str(v);
            throw new PyErr("TypeError", "unsupported format string passed to " + typeName(v) + ".__format__");
        }
        @Override public String str(Object o) { return FormatCases.str(o); }
        @Override public String repr(Object o) { return FormatCases.repr(o); }
        @Override public String ascii(Object o) { return o instanceof String s ? StrRepr.ascii(s) : str(o); }
    };

    /** Same escaping as gen_cases.py: backslash, '|' and anything outside printable ASCII become \\u{hex}. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\\') sb.append("\\\\");
            else if (cp >= 32 && cp < 127 && cp != '|') sb.append((char) cp);
            else sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
        }
        return sb.toString();
    }

    static String unesc(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') { sb.append(c); continue; }
            if (s.charAt(i + 1) == '\\') { sb.append('\\'); i++; continue; }
            int close = s.indexOf('}', i);
            sb.appendCodePoint(Integer.parseInt(s, i + 3, close, 16));
            i = close;
        }
        return sb.toString();
    }
}
