package org.krait.stdlib;

import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Strings;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code _re}: the engine behind re.py. Patterns are translated to java.util.regex ({@link RegexTranslator})
 * (re.py caches the compiled patterns); matching follows CPython's rules for pos/endpos, for the
 * successive matches of findall/finditer/sub/split (an empty match may not repeat at the same position), and
 * reports spans in code points. re.py wraps the results in its Pattern and Match classes and registers its
 * {@code error} class here as {@code _re.error}, which this module raises.
 */
public final class RegexModule implements ModuleProvider {
    static final PyType REGEX = PyType.newBuiltin("Regex");
    static final PyType SCANNER = PyType.newBuiltin("regex_scanner");

    static {
        JavaTypes.method(SCANNER, "__iter__", "self", a -> a[0]);
        JavaTypes.method(SCANNER, "__next__", "self", a -> {
            Object v = ((Scanner) a[0]).next();
            if (v == null) {
                throw PyErrors.stopIteration();
            }
            return v;
        });
    }

    /** A compiled pattern. */
    static final class Regex extends PyObject {
        final boolean bytes;
        final RegexTranslator.Result info;
        final Pattern java;
        private Pattern advancing;
        private final Map<String, ReplacementTemplate> templates = new LinkedHashMap<>();

        Regex(boolean bytes, RegexTranslator.Result info, Pattern java) {
            super(REGEX);
            this.bytes = bytes;
            this.info = info;
            this.java = java;
        }

        /** The pattern that matches only non-empty strings at the search start (for after an empty match). */
        Pattern advancing() {
            if (advancing == null) {
                advancing = Pattern.compile("(?:" + java.pattern() + ")(?!\\G)", java.flags());
            }
            return advancing;
        }
    }

    @Override
    public Set<String> moduleNames() {
        return Set.of("_re");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("_re");
        m.def("_re.compile", "pattern, flags, /", a -> {
            boolean bytes = a[0] instanceof PyBytes;
            String text = bytes ? latin1((PyBytes) a[0]) : (String) a[0];
            return compile(m, a[0], text, (int) Numbers.bigIndex(a[1]).longValue(), bytes);
        });
        m.def("_re.info", "regex, /", a -> {
            Regex r = (Regex) a[0];
            PyDict names = new PyDict();
            r.info.names().forEach((k, v) -> names.put(k, (long) v));
            return PyTuple.of((long) r.info.groups(), names, (long) r.info.flags());
        });
        m.def("_re.match", "regex, string, pos, endpos, mode, /", a -> {
            Regex r = (Regex) a[0];
            Subject s = Subject.of(r, a[1], a[2], a[3]);
            if (s == null) {
                return PyNone.NONE;
            }
            Matcher mt = s.matcher(r.java);
            long mode = Ops.index(a[4]);
            boolean found = mode == 0 ? mt.lookingAt() : mode == 1 ? mt.matches() : mt.find();
            return found ? spans(r, s, mt) : PyNone.NONE;
        });
        m.def("_re.scanner", "regex, string, pos, endpos, /", a -> {
            Regex r = (Regex) a[0];
            Subject s = Subject.of(r, a[1], a[2], a[3]);
            return new Scanner(r, s);
        });
        m.def("_re.findall", "regex, string, pos, endpos, /", a -> findall((Regex) a[0], a[1], a[2], a[3]));
        m.def("_re.split", "regex, string, maxsplit, /", a -> split((Regex) a[0], a[1], Ops.index(a[2])));
        m.def("_re.sub", "regex, repl, string, count, make_match, /", a -> sub(m, (Regex) a[0], a[1], a[2],
                Ops.index(a[3]), a[4]));
        m.def("_re.expand", "regex, template, string, spans, /", a -> {
            Regex r = (Regex) a[0];
            ReplacementTemplate t = template(m, r, a[1]);
            Subject s = Subject.of(r, a[2], 0L, PyNone.NONE);
            Object[] spans = ((PyTuple) a[3]).items();
            boolean foreign = (a[1] instanceof PyBytes) != s.bytes;
            return s.wrap(expand(t, s, g -> (Long) spans[2 * g] < 0 ? -1 : s.toChar((Long) spans[2 * g]),
                    g -> s.toChar((Long) spans[2 * g + 1]),
                    foreign ? a[1] : null));
        });
        return m;
    }

    static String latin1(PyBytes b) {
        return new String(b.bytes(), StandardCharsets.ISO_8859_1);
    }

    // ---- compiling ----------------------------------------------------------------------------------

    private static Regex compile(PyModule m, Object source, String text, int flags, boolean bytes) {
        RegexTranslator.Result info;
        try {
            info = RegexTranslator.translate(text, flags, bytes);
        } catch (RegexTranslator.SyntaxError e) {
            if (e.overflow) {
                throw PyErrors.overflow(e.msg);
            }
            if (e.pos == -2) {
                throw PyErrors.valueError(e.msg);
            }
            // CPython gives errors without a position (look-behind width) no pattern either
            throw e.pos < 0 ? reError(m, e.msg, PyNone.NONE, PyNone.NONE) : reError(m, e.msg, source, (long) e.pos);
        }
        int javaFlags = Pattern.UNIX_LINES;
        int f = info.flags();
        if ((f & RegexTranslator.IGNORECASE) != 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE;
            if (!bytes && (f & RegexTranslator.ASCII) == 0) {
                javaFlags |= Pattern.UNICODE_CASE;
            }
        }
        if ((f & RegexTranslator.DOTALL) != 0) {
            javaFlags |= Pattern.DOTALL;
        }
        try {
            return new Regex(bytes, info, Pattern.compile(info.java(), javaFlags));
        } catch (PatternSyntaxException e) {
            throw reError(m, "pattern not supported by Krait's regular expressions: " + e.getDescription(), source,
                    PyNone.NONE);
        }
    }

    /** A re.error (re.py's class once it registered itself), or IndexError for unknown template group names. */
    static PyException reError(PyModule m, String msg, Object pattern, Object pos) {
        Object cls = m.getAttribute("error");
        if (cls == null) {
            return PyErrors.create(ExceptionTypes.VALUE_ERROR, msg);
        }
        return new PyException((PyBaseException) Calls.call(cls, msg, pattern, pos));
    }

    private static ReplacementTemplate template(PyModule m, Regex r, Object repl) {
        if (!(repl instanceof String) && !(repl instanceof PyBytes)) {
            // CPython reads a template with str(repl, 'latin1')
            throw PyErrors.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(repl) + " found");
        }
        String text = repl instanceof PyBytes b ? latin1(b) : (String) repl;
        synchronized (r.templates) {
            ReplacementTemplate t = r.templates.get(text);
            if (t == null) {
                try {
                    t = ReplacementTemplate.parse(text, r.info.groups(), r.info.names());
                } catch (ReplacementTemplate.TemplateError e) {
                    if (e.pos < 0) {
                        throw PyErrors.create(ExceptionTypes.INDEX_ERROR, e.msg);
                    }
                    throw reError(m, e.msg, repl, (long) e.pos);
                }
                if (r.templates.size() > 100) {
                    r.templates.clear();
                }
                r.templates.put(text, t);
            }
            return t;
        }
    }

    // ---- subjects -----------------------------------------------------------------------------------

    /** The string being searched: as Java text, with code point / char index conversion and pos/endpos. */
    static final class Subject {
        final String text;
        final boolean bytes;
        private final boolean surrogates;
        /** Region in chars: [start, end); the text is cut at end so that $ and lookaheads see it as the end. */
        final int start;
        final int end;

        private Subject(String text, boolean bytes, long pos, long endpos) {
            this.bytes = bytes;
            this.surrogates = !bytes && Strings.hasSurrogates(text);
            long length = surrogates ? text.codePointCount(0, text.length()) : text.length();
            long s = Math.max(0, Math.min(pos, length));
            long e = Math.max(0, Math.min(endpos, length));
            int endChar = toCharRaw(text, e);
            this.text = endChar < text.length() ? text.substring(0, endChar) : text;
            this.start = toCharRaw(text, s);
            this.end = endChar;
        }

        /** Null when pos > endpos (nothing can match). */
        static Subject of(Regex r, Object string, Object pos, Object endpos) {
            boolean bytes;
            String text;
            if (string instanceof String s) {
                if (r.bytes) {
                    throw PyErrors.typeError("cannot use a bytes pattern on a string-like object");
                }
                text = s;
                bytes = false;
            } else if (string instanceof PyBytes b) {
                if (!r.bytes) {
                    throw PyErrors.typeError("cannot use a string pattern on a bytes-like object");
                }
                text = latin1(b);
                bytes = true;
            } else {
                throw PyErrors.typeError("expected string or bytes-like object, got '" + Ops.typeName(string) + "'");
            }
            long p = Ops.indexClamped(pos);
            long e = endpos == PyNone.NONE ? Long.MAX_VALUE : Ops.indexClamped(endpos);
            Subject subject = new Subject(text, bytes, p, e);
            return subject.start > subject.end ? null : subject;
        }

        private int toCharRaw(String s, long cp) {
            return surrogates ? s.offsetByCodePoints(0, (int) cp) : (int) cp;
        }

        int toChar(long cp) {
            return toCharRaw(text, cp);
        }

        long toCp(int ch) {
            return surrogates ? text.codePointCount(0, ch) : ch;
        }

        Matcher matcher(Pattern p) {
            Matcher m = p.matcher(text);
            m.region(start, text.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            return m;
        }

        /** text[from:to] (chars) as a Krait str or bytes. */
        Object slice(int from, int to) {
            return wrap(text.substring(from, to));
        }

        Object wrap(String s) {
            return bytes ? new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1)) : s;
        }

        Object empty() {
            return bytes ? new PyBytes(new byte[0]) : "";
        }

        int nextChar(int ch) {
            return ch + Character.charCount(text.codePointAt(ch));
        }
    }

    /**
     * What a Match needs: (start0, end0, start1, end1, ..., text0, text1, ..., lastindex, pos, endpos), spans in
     * code points and -1 (text None) for groups that did not take part, pos and endpos clamped to the string.
     * The texts are cut here so that Python code never slices the (maybe long) subject.
     */
    private static PyTuple spans(Regex r, Subject s, Matcher mt) {
        int groups = r.info.groups();
        Object[] out = new Object[3 * (groups + 1) + 3];
        int texts = 2 * (groups + 1);
        int last = -1;
        int lastEnd = -1;
        int[] order = r.info.closeOrder();
        for (int g = 0; g <= groups; g++) {
            int st = mt.start(g);
            int en = mt.end(g);
            out[2 * g] = st < 0 ? -1L : s.toCp(st);
            out[2 * g + 1] = en < 0 ? -1L : s.toCp(en);
            out[texts + g] = st < 0 ? PyNone.NONE : s.slice(st, en);
            if (g > 0 && st >= 0 && (en > lastEnd || en == lastEnd && order[g] > order[last])) {
                last = g;
                lastEnd = en;
            }
        }
        out[out.length - 3] = last < 0 ? PyNone.NONE : (Object) (long) last;
        out[out.length - 2] = s.toCp(s.start);
        out[out.length - 1] = s.toCp(s.end);
        return new PyTuple(out);
    }

    /** Successive matches with CPython's rule: after an empty match, the next one must not be empty there. */
    static final class Scanner extends PyIterator {
        private final Regex regex;
        private final Subject subject;
        private final Matcher matcher;
        private int from;
        private boolean mustAdvance;
        private boolean done;
        /** The match just found (for callers in this module). */
        Matcher current;

        Scanner(Regex regex, Subject subject) {
            super(SCANNER);
            this.regex = regex;
            this.subject = subject;
            this.matcher = subject == null ? null : subject.matcher(regex.java);
            this.from = subject == null ? 0 : subject.start;
            this.done = subject == null;
        }

        /** Advances to the next match; false at the end. */
        boolean advance() {
            if (done) {
                return false;
            }
            int limit = subject.text.length();
            if (mustAdvance) {
                Matcher nonEmpty = regex.advancing().matcher(subject.text);
                nonEmpty.region(from, limit);
                nonEmpty.useTransparentBounds(true);
                nonEmpty.useAnchoringBounds(false);
                if (nonEmpty.lookingAt()) {
                    current = nonEmpty;
                    from = nonEmpty.end();
                    mustAdvance = false;
                    return true;
                }
                if (from >= limit) {
                    done = true;
                    return false;
                }
                from = subject.nextChar(from);
            }
            matcher.region(from, limit);
            if (!matcher.find()) {
                done = true;
                return false;
            }
            current = matcher;
            from = matcher.end();
            mustAdvance = matcher.start() == matcher.end();
            return true;
        }

        @Override
        public Object next() {
            return advance() ? spans(regex, subject, current) : null;
        }
    }

    // ---- whole-string operations ---------------------------------------------------------------------

    private static PyList findall(Regex r, Object string, Object pos, Object endpos) {
        Subject s = Subject.of(r, string, pos, endpos);
        Scanner sc = new Scanner(r, s);
        PyList out = new PyList();
        int groups = r.info.groups();
        while (sc.advance()) {
            Matcher mt = sc.current;
            if (groups == 0) {
                out.append(s.slice(mt.start(), mt.end()));
            } else if (groups == 1) {
                out.append(groupOrEmpty(s, mt, 1));
            } else {
                Object[] t = new Object[groups];
                for (int g = 1; g <= groups; g++) {
                    t[g - 1] = groupOrEmpty(s, mt, g);
                }
                out.append(new PyTuple(t));
            }
        }
        return out;
    }

    private static Object groupOrEmpty(Subject s, Matcher mt, int g) {
        return mt.start(g) < 0 ? s.empty() : s.slice(mt.start(g), mt.end(g));
    }

    private static PyList split(Regex r, Object string, long maxsplit) {
        Subject s = Subject.of(r, string, 0L, PyNone.NONE);
        Scanner sc = new Scanner(r, s);
        PyList out = new PyList();
        int last = 0;
        long n = 0;
        while ((maxsplit == 0 || n < maxsplit) && sc.advance()) {
            Matcher mt = sc.current;
            out.append(s.slice(last, mt.start()));
            for (int g = 1; g <= r.info.groups(); g++) {
                out.append(mt.start(g) < 0 ? PyNone.NONE : s.slice(mt.start(g), mt.end(g)));
            }
            last = mt.end();
            n++;
        }
        out.append(s.slice(last, s.text.length()));
        return out;
    }

    /** re.sub/subn: (result, number of replacements); {@code repl} is a template or a callable on Match objects. */
    private static PyTuple sub(PyModule m, Regex r, Object repl, Object string, long count, Object makeMatch) {
        Subject s = Subject.of(r, string, 0L, PyNone.NONE);
        boolean callable = Calls.isCallable(repl);
        ReplacementTemplate t = callable ? null : template(m, r, repl);
        boolean foreignLiterals = !callable && (repl instanceof PyBytes) != s.bytes;
        Scanner sc = new Scanner(r, s);
        // CPython collects the pieces in a list and joins it at the end (None replacements are left out)
        java.util.List<Object> pieces = new java.util.ArrayList<>();
        int last = 0;
        long n = 0;
        while ((count == 0 || n < count) && sc.advance()) {
            Matcher mt = sc.current;
            if (last < mt.start()) {
                pieces.add(new Text(s.text.substring(last, mt.start())));
            }
            Object piece;
            if (callable) {
                piece = Calls.call(repl, Calls.call(makeMatch, spans(r, s, mt)));
            } else if (t.literal) {
                piece = t.parts.isEmpty() ? new Text("") : foreignLiterals ? repl : new Text((String) t.parts.get(0));
            } else {
                piece = new Text(expand(t, s, mt::start, mt::end, foreignLiterals ? repl : null));
            }
            if (piece != PyNone.NONE) {
                pieces.add(piece);
            }
            last = mt.end();
            n++;
        }
        if (last < s.text.length()) {
            pieces.add(new Text(s.text.substring(last)));
        }
        return PyTuple.of(s.wrap(join(s, pieces)), n);
    }

    /** Text this module produced (from the subject or a template), as opposed to values a program supplied. */
    private record Text(String text) {
    }

    /** Joins the pieces of a result, with the TypeError of str.join / bytes.join for a piece of the wrong type. */
    private static String join(Subject s, java.util.List<Object> pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            Object p = pieces.get(i);
            if (p instanceof Text t) {
                sb.append(t.text);
            } else if (p instanceof String str && !s.bytes) {
                sb.append(str);
            } else if (p instanceof PyBytes b && s.bytes) {
                sb.append(latin1(b));
            } else {
                throw PyErrors.typeError("sequence item " + i + ": "
                        + (s.bytes ? "expected a bytes-like object, " : "expected str instance, ")
                        + Ops.typeName(p) + " found");
            }
        }
        return sb.toString();
    }

    /**
     * One replacement from a template with group references: the literal parts (in the subject's type, or the
     * template object itself when its type differs, which then fails the join) and the groups' text.
     */
    private static String expand(ReplacementTemplate t, Subject s, java.util.function.IntUnaryOperator start,
                                 java.util.function.IntUnaryOperator end, Object foreign) {
        java.util.List<Object> parts = new java.util.ArrayList<>();
        for (Object part : t.parts) {
            if (part instanceof String lit) {
                parts.add(foreign != null ? foreign : new Text(lit));
            } else {
                int g = (Integer) part;
                int st = start.applyAsInt(g);
                parts.add(new Text(st < 0 ? "" : s.text.substring(st, end.applyAsInt(g))));
            }
        }
        return join(s, parts);
    }
}
