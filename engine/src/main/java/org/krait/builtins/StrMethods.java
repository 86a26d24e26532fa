package org.krait.builtins;

import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.HashTable;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;
import org.krait.runtime.Strings;
import org.krait.runtime.format.StrRepr;

import java.util.Locale;

import static org.krait.builtins.Defs.method;

/** The constructor and methods of {@code str}. */
final class StrMethods {
    private StrMethods() {
    }

    private static final PyType T = PyType.STR;

    static String s(Object o) {
        return (String) o;
    }

    static void install() {
        Defs.valueConstructor(T, "cls, object=?, encoding=?, errors=?", a -> {
            Object o = a[1];
            if (Args.missing(a[2]) && Args.missing(a[3])) {
                return Args.missing(o) ? "" : Repr.str(o);
            }
            if (Args.missing(o)) {
                o = new PyBytes(new byte[0]);
            }
            byte[] b = org.krait.runtime.Buffers.bytesOrNull(o);
            if (b == null) {
                throw PyErrors.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(o) + " found");
            }
            String enc = Args.missing(a[2]) ? "utf-8" : Args.str(a[2], "str() argument 'encoding'");
            String err = Args.missing(a[3]) ? "strict" : Args.str(a[3], "str() argument 'errors'");
            return Codecs.decode(b, enc, err);
        });
        method(T, "upper", "self", a -> s(a[0]).toUpperCase(Locale.ROOT));
        method(T, "lower", "self", a -> s(a[0]).toLowerCase(Locale.ROOT));
        method(T, "casefold", "self", a -> s(a[0]).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        method(T, "capitalize", "self", a -> capitalize(s(a[0])));
        method(T, "title", "self", a -> title(s(a[0])));
        method(T, "swapcase", "self", a -> swapcase(s(a[0])));
        method(T, "center", "self, width, fillchar=' ', /", a -> pad(a, 0));
        method(T, "ljust", "self, width, fillchar=' ', /", a -> pad(a, -1));
        method(T, "rjust", "self, width, fillchar=' ', /", a -> pad(a, 1));
        method(T, "zfill", "self, width, /", a -> Text.zfill(s(a[0]), Args.index(a[1]), Strings.length(s(a[0]))));
        method(T, "count", "self, sub, start=None, end=None, /", a -> {
            String s = s(a[0]);
            String sub = Args.str(a[1], "");
            int len = Strings.length(s);
            long[] r = Args.adjust(a[2], a[3], len);
            if (r[0] > len) {
                return 0L;
            }
            if (r[1] < r[0]) {
                return 0L;
            }
            if (sub.isEmpty()) {
                return r[1] - r[0] + 1;
            }
            return (long) Text.count(s, sub, Strings.offset(s, (int) r[0]), Strings.offset(s, (int) r[1]), 0);
        });
        method(T, "find", "self, sub, start=None, end=None, /", a -> find(a, false, false));
        method(T, "rfind", "self, sub, start=None, end=None, /", a -> find(a, true, false));
        method(T, "index", "self, sub, start=None, end=None, /", a -> find(a, false, true));
        method(T, "rindex", "self, sub, start=None, end=None, /", a -> find(a, true, true));
        method(T, "startswith", "self, prefix, start=None, end=None, /", a -> affix(a, "startswith", true));
        method(T, "endswith", "self, suffix, start=None, end=None, /", a -> affix(a, "endswith", false));
        Defs.worded(T, PyBuiltinFunction.ArgWording.PARSE_TUPLE, Defs.SEARCH_METHODS);
        method(T, "encode", "self, encoding='utf-8', errors='strict'", a -> Codecs.encodeWithBom(s(a[0]),
                Args.str(a[1], "encode() argument 'encoding'"), Args.str(a[2], "encode() argument 'errors'")));
        method(T, "expandtabs", "self, tabsize=8", a -> Text.expandtabs(s(a[0]), Args.index(a[1])));
        method(T, "format", "self, /, *args, **kwargs", a -> Repr.strFormat(s(a[0]), ((PyTuple) a[1]).items(),
                (PyDict) a[2]));
        method(T, "format_map", "self, mapping, /", a -> Repr.strFormatMap(s(a[0]), a[1]));
        method(T, "isalnum", "self", a -> all(s(a[0]), StrMethods::isAlnum));
        method(T, "isalpha", "self", a -> all(s(a[0]), Character::isLetter));
        method(T, "isascii", "self", a -> s(a[0]).chars().allMatch(c -> c < 128));
        method(T, "isdecimal", "self", a -> all(s(a[0]), StrMethods::isDecimal));
        method(T, "isdigit", "self", a -> all(s(a[0]), StrMethods::isDigit));
        method(T, "isnumeric", "self", a -> all(s(a[0]), StrMethods::isNumeric));
        method(T, "isspace", "self", a -> all(s(a[0]), Text::isStrSpace));
        method(T, "isprintable", "self", a -> s(a[0]).codePoints().allMatch(StrRepr::isPrintable));
        method(T, "isidentifier", "self", a -> isIdentifier(s(a[0])));
        method(T, "islower", "self", a -> isLower(s(a[0])));
        method(T, "isupper", "self", a -> isUpper(s(a[0])));
        method(T, "istitle", "self", a -> isTitle(s(a[0])));
        method(T, "join", "self, iterable, /", a -> join(s(a[0]), a[1]));
        method(T, "strip", "self, chars=None, /", a -> strip(a, 0, "strip"));
        method(T, "lstrip", "self, chars=None, /", a -> strip(a, 1, "lstrip"));
        method(T, "rstrip", "self, chars=None, /", a -> strip(a, 2, "rstrip"));
        method(T, "split", "self, sep=None, maxsplit=-1", a -> split(a, false));
        method(T, "rsplit", "self, sep=None, maxsplit=-1", a -> split(a, true));
        method(T, "splitlines", "self, keepends=False", a -> new PyList(
                Text.splitlines(s(a[0]), Ops.isTrue(a[1]), false).toArray()));
        method(T, "partition", "self, sep, /", a -> partition(a, false));
        method(T, "rpartition", "self, sep, /", a -> partition(a, true));
        method(T, "removeprefix", "self, prefix, /", a -> {
            String p = Args.str(a[1], "removeprefix() argument");
            return s(a[0]).startsWith(p) ? s(a[0]).substring(p.length()) : a[0];
        });
        method(T, "removesuffix", "self, suffix, /", a -> {
            String p = Args.str(a[1], "removesuffix() argument");
            String s = s(a[0]);
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        });
        method(T, "replace", "self, old, new, count=-1, /", a -> Text.replace(s(a[0]),
                Args.str(a[1], "replace() argument 1"), Args.str(a[2], "replace() argument 2"),
                Args.index(a[3])));
        method(T, "translate", "self, table, /", a -> translate(s(a[0]), a[1]));
        Defs.plain(T, "maketrans", "x, y=?, z=?, /", StrMethods::maketrans);
        method(T, "__len__", "self", a -> (long) Strings.length(s(a[0])));
        method(T, "__getnewargs__", "self", a -> PyTuple.of(a[0]));
    }

    // ---- case -----------------------------------------------------------------------------------------

    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    static String titleOf(int cp) {
        int t = Character.toTitleCase(cp);
        String up = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        if (t == cp && up.codePointCount(0, up.length()) > 1) {
            int first = up.codePointAt(0);
            return new String(Character.toChars(first))
                    + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return new String(Character.toChars(t));
    }

    static String lowerOf(int cp) {
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    static String upperOf(int cp) {
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return titleOf(first) + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            sb.append(prevCased ? lowerOf(cp) : titleOf(cp));
            prevCased = isCased(cp);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp)) {
                sb.append(lowerOf(cp));
            } else if (Character.isLowerCase(cp)) {
                sb.append(upperOf(cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            } else if (!cased && Character.isLowerCase(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            } else if (!cased && Character.isUpperCase(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    static boolean isTitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    // ---- predicates ----------------------------------------------------------------------------------

    interface CpTest {
        boolean test(int cp);
    }

    static boolean all(String s, CpTest t) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!t.test(cp)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int cp) {
        if (isDecimal(cp)) {
            return true;
        }
        if (Character.getType(cp) == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(cp);
            return v >= 0 && v <= 9;
        }
        return false;
    }

    static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) {
            return true;
        }
        return t == Character.OTHER_LETTER && Character.getNumericValue(cp) >= 0
                || t == Character.OTHER_LETTER && Character.isIdeographic(cp) && CJK_NUMERALS.indexOf(cp) >= 0;
    }

    private static final String CJK_NUMERALS = "〇一二三四五六七八九十百千万億兆零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅卌";

    static boolean isAlnum(int cp) {
        return Character.isLetter(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
        }
        return true;
    }

    // ---- searching ----------------------------------------------------------------------------------

    private static Object find(Object[] a, boolean reverse, boolean raise) {
        String s = s(a[0]);
        String sub = Args.str(a[1], "");
        int len = Strings.length(s);
        long[] r = Args.adjust(a[2], a[3], len);
        int found = -1;
        if (r[0] <= len && r[0] <= r[1]) {
            int from = Strings.offset(s, (int) r[0]);
            int to = Strings.offset(s, (int) r[1]);
            int j = reverse ? Text.rfind(s, sub, from, to) : Text.find(s, sub, from, to);
            found = j < 0 ? -1 : Strings.index(s, j);
        }
        if (found < 0 && raise) {
            throw PyErrors.valueError("substring not found");
        }
        return (long) found;
    }

    private static Object affix(Object[] a, String name, boolean start) {
        String s = s(a[0]);
        int len = Strings.length(s);
        long[] r = Args.adjust(a[2], a[3], len);
        Object p = a[1];
        if (p instanceof PyTuple t) {
            for (Object x : t.items()) {
                if (!(x instanceof String xs)) {
                    throw PyErrors.typeError("tuple for " + name + " must only contain str, not " + Ops.typeName(x));
                }
                if (matches(s, xs, r, len, start)) {
                    return true;
                }
            }
            return false;
        }
        if (!(p instanceof String ps)) {
            throw PyErrors.typeError(name + " first arg must be str or a tuple of str, not " + Ops.typeName(p));
        }
        return matches(s, ps, r, len, start);
    }

    private static boolean matches(String s, String p, long[] r, int len, boolean start) {
        if (r[0] > len) {
            return false;
        }
        int from = Strings.offset(s, (int) r[0]);
        int to = Strings.offset(s, (int) Math.max(r[0], r[1]));
        if (to - from < p.length()) {
            return false;
        }
        return start ? s.startsWith(p, from) : s.startsWith(p, to - p.length());
    }

    // ---- building ----------------------------------------------------------------------------------

    private static Object pad(Object[] a, int where) {
        String s = s(a[0]);
        long width = Args.index(a[1]);
        Object f = a[2];
        if (!(f instanceof String fs) || Strings.length(fs) != 1) {
            throw PyErrors.typeError(f instanceof String ? "The fill character must be exactly one character long"
                    : "The fill character must be a unicode character, not " + Ops.typeName(f));
        }
        return Text.pad(s, Strings.length(s), width, fs.codePointAt(0), where);
    }

    static String join(String sep, Object iterable) {
        Object[] items = Ops.toArray(iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(org.krait.runtime.PyBoxed.unbox(items[i]) instanceof String x)) {
                throw PyErrors.typeError("sequence item " + i + ": expected str instance, "
                        + Ops.typeName(items[i]) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(x);
        }
        return sb.toString();
    }

    private static Object strip(Object[] a, int which, String name) {
        Object chars = a[1];
        if (chars != PyNone.NONE && !(chars instanceof String)) {
            throw PyErrors.typeError(name + " arg must be None or str");
        }
        return Text.strip(s(a[0]), chars == PyNone.NONE ? null : (String) chars, which, Text.STR_SPACE);
    }

    private static Object split(Object[] a, boolean reverse) {
        String s = s(a[0]);
        long max = Args.index(a[2]);
        if (a[1] == PyNone.NONE) {
            return reverse ? Text.rsplitWhitespace(s, max, Text.STR_SPACE) : Text.splitWhitespace(s, max, Text.STR_SPACE);
        }
        String sep = Args.str(a[1], "");
        return reverse ? Text.rsplit(s, sep, max) : Text.split(s, sep, max);
    }

    private static Object partition(Object[] a, boolean reverse) {
        String s = s(a[0]);
        String sep = Args.str(a[1], "");
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int j = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (j < 0) {
            return reverse ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, j), sep, s.substring(j + sep.length()));
    }

    static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object v;
            try {
                v = Ops.getItem(table, (long) cp);
            } catch (PyException e) {
                if (Args.isInstance(e, ExceptionTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (v == PyNone.NONE) {
                continue;
            } else if (Ops.isInt(v)) {
                Object iv = Args.intValue(v);
                if (!(iv instanceof Long l) || l < 0 || l > 0x10FFFF) {
                    throw PyErrors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) (long) l);
            } else if (v instanceof String vs) {
                sb.append(vs);
            } else {
                throw PyErrors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    static Object maketrans(Object[] a) {
        PyDict out = new PyDict();
        if (Args.missing(a[1])) {
            if (!(a[0] instanceof PyDict d)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            HashTable t = d.table();
            for (int i = 0; i < t.entryLimit(); i++) {
                Object k = t.keyAt(i);
                if (k == null) {
                    continue;
                }
                if (k instanceof String ks) {
                    if (Strings.length(ks) != 1) {
                        throw PyErrors.valueError("string keys in translate table must be of length 1");
                    }
                    out.put((long) ks.codePointAt(0), t.valueAt(i));
                } else if (Ops.isInt(k)) {
                    out.put(Args.intValue(k), t.valueAt(i));
                } else {
                    throw PyErrors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(a[0] instanceof String x)) {
            throw PyErrors.typeError("maketrans() argument 1 must be str, not " + Ops.typeName(a[0]));
        }
        if (!(a[1] instanceof String y)) {
            throw PyErrors.typeError("maketrans() argument 2 must be str, not " + Ops.typeName(a[1]));
        }
        int[] xs = x.codePoints().toArray();
        int[] ys = y.codePoints().toArray();
        if (xs.length != ys.length) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length; i++) {
            out.put((long) xs[i], (long) ys[i]);
        }
        if (!Args.missing(a[2])) {
            if (!(a[2] instanceof String z)) {
                throw PyErrors.typeError("maketrans() argument 3 must be str, not " + Ops.typeName(a[2]));
            }
            z.codePoints().forEach(cp -> out.put((long) cp, PyNone.NONE));
        }
        return out;
    }

}
