package org.krait.runtime.format;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)} with CPython's parsing, numbering,
 * nesting and error messages. Field lookup and formatting of arbitrary objects go through {@link Fields}.
 */
public final class StrFormat {
    private StrFormat() { }

    /** Services of the runtime's object model. */
    public interface Fields {
        /**
         * The named field {@code name}: {@code kwargs[name]}, or for format_map {@code mapping[name]}.
         * {@code kwargs} is whatever the caller passed (possibly null); throws the runtime's KeyError itself.
         */
        Object named(Object kwargs, String name);
        /** {@code getattr(o, name)}; throws the runtime's AttributeError itself. */
        Object getattr(Object o, String name);
        /** {@code o[key]}; key is a Long for all-digit keys ({@code {0[1]}}), else a String. */
        Object getitem(Object o, Object key);
        /** {@code format(value, spec)}. */
        String format(Object value, String spec);
        String str(Object o);
        String repr(Object o);
        String ascii(Object o);
    }

    /** {@code template.format(*args, **kwargs)}; kwargs is passed through to {@link Fields#named}. */
    public static String format(String template, Object[] args, Object kwargs, Fields f) {
        return new Run(args, kwargs, f).build(template, 0, template.length(), 2);
    }

    /** {@code template.format_map(mapping)}: positional fields are a ValueError. */
    public static String formatMap(String template, Object mapping, Fields f) {
        return new Run(null, mapping, f).build(template, 0, template.length(), 2);
    }

    private static final class Run {
        final Object[] args;
        final Object kwargs;
        final Fields f;
        // 0 = undecided, 1 = automatic numbering, 2 = manual numbering
        int numbering;
        int nextAuto;

        Run(Object[] args, Object kwargs, Fields f) {
            this.args = args;
            this.kwargs = kwargs;
            this.f = f;
        }

        String build(String s, int from, int end, int depth) {
            if (depth <= 0) throw FormatError.value("Max string recursion exceeded");
            StringBuilder sb = new StringBuilder(end - from + 16);
            int i = from;
            while (i < end) {
                int lit = i;
                while (i < end && s.charAt(i) != '{' && s.charAt(i) != '}') i++;
                sb.append(s, lit, i);
                if (i >= end) break;
                char c = s.charAt(i++);
                if (i < end && s.charAt(i) == c) { sb.append(c); i++; continue; }   // '{{' or '}}'
                if (c == '}') throw FormatError.value("Single '}' encountered in format string");
                if (i >= end) throw FormatError.value("Single '{' encountered in format string");
                i = field(sb, s, i, end, depth);
            }
            return sb.toString();
        }

        /** Parses and renders the replacement field starting at i (after '{'); returns the index after '}'. */
        private int field(StringBuilder sb, String s, int i, int end, int depth) {
            int nameStart = i;
            char c = 0;
            scan:
            while (i < end) {
                c = s.charAt(i);
                switch (c) {
                    case '{' -> throw FormatError.value("unexpected '{' in field name");
                    case '[' -> { while (i < end && s.charAt(i) != ']') i++; }
                    case '}', ':', '!' -> { break scan; }
                    default -> i++;
                }
            }
            if (i >= end) throw FormatError.value("expected '}' before end of string");
            int nameEnd = i++;
            char conversion = 0;
            int specStart = i, specEnd = i;
            boolean expand = false;
            boolean hasSpec = c != '}';
            if (c == '!') {
                if (i >= end) throw FormatError.value("end of string while looking for conversion specifier");
                conversion = s.charAt(i++);
                if (i < end) {
                    char after = s.charAt(i++);
                    if (after == '}') { hasSpec = false; specEnd = i; }
                    else if (after != ':') throw FormatError.value("expected ':' after conversion specifier");
                }
                specStart = i;
            }
            if (hasSpec) {
                int count = 1;
                while (i < end) {
                    char ch = s.charAt(i++);
                    if (ch == '{') { count++; expand = true; }
                    else if (ch == '}' && --count == 0) break;
                }
                if (count > 0) throw FormatError.value("unmatched '{' in format spec");
                specEnd = i - 1;
            }
            Object obj = lookup(s, nameStart, nameEnd);
            String converted = null;
            switch (conversion) {
                case 0 -> { }
                case 'r' -> converted = f.repr(obj);
                case 's' -> converted = f.str(obj);
                case 'a' -> converted = f.ascii(obj);
                default -> throw FormatError.value("Unknown conversion specifier "
                        + (conversion > 32 && conversion < 127 ? String.valueOf(conversion)
                        : "\\x" + Integer.toHexString(conversion)));
            }
            String spec = expand ? build(s, specStart, specEnd, depth - 1) : s.substring(specStart, specEnd);
            // a conversion always yields a str, whose __format__ we own
            sb.append(converted != null ? Formatter.format(converted, spec) : f.format(obj, spec));
            return i;
        }

        /** Resolves a field name: first part (index, keyword or automatic), then .attr and [key] parts. */
        private Object lookup(String s, int from, int end) {
            int i = from;
            while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') i++;
            Object obj;
            long index = digits(s, from, i);
            if (i == from) {
                if (numbering == 2) {
                    throw FormatError.value("cannot switch from manual field specification to automatic field numbering");
                }
                numbering = 1;
                index = nextAuto++;
            } else if (index >= 0) {
                if (numbering == 1) {
                    throw FormatError.value("cannot switch from automatic field numbering to manual field specification");
                }
                numbering = 2;
            }
            if (index < 0) {
                obj = f.named(kwargs, s.substring(from, i));
            } else {
                if (args == null) throw FormatError.value("Format string contains positional fields");
                if (index >= args.length) {
                    throw FormatError.index("Replacement index " + index + " out of range for positional args tuple");
                }
                obj = args[(int) index];
            }
            while (i < end) {
                char c = s.charAt(i++);
                int start = i;
                if (c == '.') {
                    while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') i++;
                    if (i == start) throw FormatError.value("Empty attribute in format string");
                    obj = f.getattr(obj, s.substring(start, i));
                } else if (c == '[') {
                    while (i < end && s.charAt(i) != ']') i++;
                    if (i >= end) throw FormatError.value("Missing ']' in format string");
                    if (i == start) throw FormatError.value("Empty attribute in format string");
                    long k = digits(s, start, i);
                    obj = f.getitem(obj, k >= 0 ? (Object) k : s.substring(start, i));
                    i++;
                    if (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
                        throw FormatError.value("Only '.' or '[' may follow ']' in format field specifier");
                    }
                } else {
                    throw FormatError.value("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return obj;
        }

        /** The value of s[from, to) if it is a non-empty run of decimal digits, else -1. */
        private static long digits(String s, int from, int to) {
            if (from == to) return -1;
            long v = 0;
            for (int i = from; i < to; i++) {
                int d = FormatSpec.decimal(s.charAt(i));
                if (d < 0) return -1;
                if (v > (Long.MAX_VALUE - d) / 10) throw FormatError.value("Too many decimal digits in format string");
                v = v * 10 + d;
            }
            return v;
        }
    }
}
