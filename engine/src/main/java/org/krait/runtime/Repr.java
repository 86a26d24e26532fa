package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.krait.runtime.format.BytesRepr;
import org.krait.runtime.format.FloatRepr;
import org.krait.runtime.format.FormatError;
import org.krait.runtime.format.Formatter;
import org.krait.runtime.format.PercentFormat;
import org.krait.runtime.format.StrFormat;
import org.krait.runtime.format.StrRepr;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;

/** {@code repr()}, {@code str()} and {@code format()} of the built-in types, exactly as CPython prints them. */
public final class Repr {
    /** Containers being printed on this thread, so that {@code l.append(l)} prints as {@code [[...]]}. */
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_PROGRESS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private Repr() {
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof PyObject p && p.type().isHeap() && SpecialMethods.str(o) instanceof String s) {
            return s;
        }
        return strBuiltin(o);
    }

    /** {@code [Errno 2] No such file or directory: 'x'}, or null when the error has no errno and strerror. */
    private static String osErrorStr(PyBaseException e) {
        Object errno = e.attributes().get("errno");
        Object strerror = e.attributes().get("strerror");
        Object filename = e.attributes().get("filename");
        Object filename2 = e.attributes().get("filename2");
        if (errno == null || errno == PyNone.NONE || strerror == null || strerror == PyNone.NONE) {
            return null;
        }
        String base = "[Errno " + str(errno) + "] " + str(strerror);
        if (filename != null && filename != PyNone.NONE) {
            base += ": " + repr(filename);
            if (filename2 != null && filename2 != PyNone.NONE) {
                base += " -> " + repr(filename2);
            }
        }
        return base;
    }

    /** A syntax error's message, then "(file, line N)" as far as they are known, the file by its base name. */
    private static String syntaxErrorStr(PyBaseException e) {
        String msg = str(e.attributes().getOrDefault("msg", PyNone.NONE));
        Object file = e.attributes().get("filename");
        Object line = e.attributes().get("lineno");
        String where = file instanceof String f ? f.substring(f.lastIndexOf('/') + 1) : null;
        if (line instanceof Long n) {
            where = where == null ? "line " + n : where + ", line " + n;
        }
        return where == null ? msg : msg + " (" + where + ")";
    }

    /** {@code str(o)} of a built-in value (the repr for most). */
    @TruffleBoundary
    public static String strBuiltin(Object o) {
        o = PyBoxed.unbox(o);
        if (o instanceof String s) {
            return s;
        } else if (o instanceof PyBaseException e) {
            PyTuple args = e.args();
            if (args.size() == 1 && e.type().isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
                return repr(args.get(0));  // KeyError shows the key as a repr, even for str keys
            }
            if (e.type().isSubtypeOf(ExceptionTypes.OS_ERROR) && osErrorStr(e) instanceof String s) {
                return s;
            }
            if (e.type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
                return syntaxErrorStr(e);
            }
            if (ExceptionGroups.isGroup(e) && e.attributes().containsKey("exceptions")) {
                return ExceptionGroups.str(e);
            }
            if (e.type().isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR) && args.size() == 5
                    && args.get(1) instanceof PyBytes b && args.get(2) instanceof Long start && args.get(3) instanceof Long end) {
                String what = end - start == 1 ? String.format("byte 0x%02x in position %d", b.bytes()[(int) (long) start] & 0xff, start)
                        : "bytes in position " + start + "-" + (end - 1);
                return "'" + str(args.get(0)) + "' codec can't decode " + what + ": " + str(args.get(4));
            }
            return args.size() == 0 ? "" : args.size() == 1 ? str(args.get(0)) : repr(args);
        }
        return repr(o);
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        } else if (o instanceof PyObject p && p.type().isHeap() && SpecialMethods.repr(o) instanceof String s) {
            return s;
        }
        return reprBuiltin(o);
    }

    /** The repr of a built-in value; nested items use their full repr. */
    @TruffleBoundary
    public static String reprBuiltin(Object o) {
        o = PyBoxed.unbox(o);
        if (o instanceof String s) {
            return StrRepr.repr(s);
        } else if (o instanceof Long) {
            return o.toString();
        } else if (o instanceof BigInteger b) {
            return (b.signum() < 0 ? "-" : "") + IntStrLimit.decimalDigits(b);
        } else if (o instanceof Double d) {
            return FloatRepr.repr(d);
        } else if (o instanceof PyComplex c) {
            return c.repr();
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o == PyNone.NONE) {
            return "None";
        } else if (o instanceof PyObject p && p.type() == PyType.ELLIPSIS_TYPE) {
            return "Ellipsis";
        } else if (o instanceof PyObject p && p.type() == PyType.NOT_IMPLEMENTED_TYPE) {
            return "NotImplemented";
        } else if (o instanceof PyList l) {
            return nested(l, "[", l.toArray(), "]");
        } else if (o instanceof PyTuple t) {
            return nested(t, "(", t.items(), t.size() == 1 ? ",)" : ")");
        } else if (o instanceof PyDict d) {
            return dictRepr(d);
        } else if (o instanceof PySet s) {
            return setRepr(s);
        } else if (o instanceof PyBytes b) {
            return b.isByteArray() ? Ops.typeName(b) + "(" + BytesRepr.repr(b.bytes()) + ")" : BytesRepr.repr(b.bytes());
        } else if (o instanceof PyRange r) {
            String step = r.stepValue() instanceof Long l && l == 1 ? "" : ", " + r.stepValue();
            return "range(" + r.startValue() + ", " + r.stopValue() + step + ")";
        } else if (o instanceof PySlice s) {
            return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        } else if (o instanceof PyType t) {
            return t.toString();
        } else if (o instanceof PyGenericAlias g) {
            return g.toString();
        } else if (o instanceof PyFunction f) {
            return "<function " + f.qualname + " at " + address(f) + ">";
        } else if (o instanceof PyCell c) {
            return "<cell at " + address(c) + ": " + (c.value == null ? "empty>"
                    : Ops.typeName(c.value) + " object at " + address(c.value) + ">");
        } else if (o instanceof PyBuiltinFunction f) {
            return "<built-in function " + f.name() + ">";
        } else if (o instanceof PyBoundMethod m) {
            String name = m.function instanceof PyFunction f ? f.qualname
                    : m.function instanceof PyBuiltinFunction f ? f.name() : "?";
            if (m.function instanceof PyBuiltinFunction f) {
                return "<built-in method " + f.name() + " of " + Ops.typeName(m.self) + " object at "
                        + address(m.self) + ">";
            }
            return "<bound method " + name + " of " + repr(m.self) + ">";
        } else if (o instanceof PyModule m) {
            return "<module '" + m.name() + "' (built-in)>";
        } else if (o instanceof PyBaseException e) {
            PyTuple args = e.args();
            return e.type().name() + (args.size() == 1 ? "(" + repr(args.get(0)) + ")" : repr(args));
        } else if (o instanceof PyGenerator g) {
            return "<generator object " + g.qualname + " at " + address(g) + ">";
        } else if (o instanceof HostObject h) {
            return h.repr();
        } else if (o instanceof PyDictView v) {
            return v.type().name() + "(" + repr(new PyList(Ops.toArray(v))) + ")";
        } else if (o instanceof PyObject p && p.type().lookupOwner("__repr__") != PyType.OBJECT
                && p.type().lookup("__repr__") instanceof PyBuiltinFunction own) {
            // a built-in type of another module that prints itself (such as _thread.lock)
            return str(Calls.call(own, o));
        }
        return "<" + qualifiedName(PyType.of(o)) + " object at " + address(o) + ">";
    }

    /** {@code module.Qualname}, or just the name for built-in types. */
    public static String qualifiedName(PyType t) {
        Object module = Attributes.get(t, "__module__");
        return "builtins".equals(module) ? t.qualname() : str(module) + "." + t.qualname();
    }

    /** {@code ascii(o)}: the repr with every non-ASCII code point escaped. */
    @TruffleBoundary
    public static String ascii(Object o) {
        String repr = repr(o);
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    public static String address(Object o) {
        return String.format("0x%012x", System.identityHashCode(o) * 16L);
    }

    /** Nesting below which a repr needs no check against the recursion limit. */
    private static final int SHALLOW = 50;

    /**
     * Marks {@code container} as being printed; false when it already is (a cycle, printed as {@code ...}). As in
     * CPython, nested reprs count toward the recursion limit with the Python frames below them.
     */
    private static boolean enter(IdentityHashMap<Object, Boolean> seen, Object container) {
        if (seen.put(container, Boolean.TRUE) != null) {
            return false;
        }
        if (seen.size() > SHALLOW) {
            KraitContext context = KraitContext.currentOrNull();
            org.krait.gil.ThreadState thread = context == null ? null : context.threadState();
            int frames = thread == null ? 0 : thread.depth;
            int limit = context == null ? 1000 : context.recursionLimit;
            if (frames + seen.size() + 1 >= limit) {
                seen.remove(container);
                throw PyErrors.create(ExceptionTypes.RECURSION_ERROR,
                        "maximum recursion depth exceeded while getting the repr of an object");
            }
        }
        return true;
    }

    private static String nested(Object self, String open, Object[] items, String close) {
        if (items.length == 0) {
            return open + close.substring(close.length() - 1);
        }
        IdentityHashMap<Object, Boolean> seen = IN_PROGRESS.get();
        if (!enter(seen, self)) {
            return open + "..." + close.substring(close.length() - 1);
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(items[i]));
            }
            return sb.append(close).toString();
        } finally {
            seen.remove(self);
        }
    }

    private static String dictRepr(PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        IdentityHashMap<Object, Boolean> seen = IN_PROGRESS.get();
        if (!enter(seen, d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            HashTable t = d.table();
            for (int i = 0; i < t.entryLimit(); i++) {
                if (t.keyAt(i) != null) {
                    if (sb.length() > 1) {
                        sb.append(", ");
                    }
                    sb.append(repr(t.keyAt(i))).append(": ").append(repr(t.valueAt(i)));
                }
            }
            return sb.append('}').toString();
        } finally {
            seen.remove(d);
        }
    }

    private static String setRepr(PySet s) {
        String name = s.type().name();
        if (s.size() == 0) {
            return name + "()";
        }
        String body = nested(s, "{", Ops.toArray(s), "}");
        return s.type() == PyType.SET ? body : name + "(" + body + ")";
    }

    /** {@code format(value, spec)}. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof PyObject p && p.type().isHeap() && SpecialMethods.format(value, spec) instanceof String s) {
            return s;
        }
        value = PyBoxed.unbox(value);
        try {
            if (value instanceof String s) {
                return Formatter.format(s, spec);
            } else if (value instanceof Long l) {
                return Formatter.format((long) l, spec);
            } else if (value instanceof Double d) {
                return Formatter.format((double) d, spec);
            } else if (value instanceof Boolean b) {
                return Formatter.format((boolean) b, spec);
            } else if (value instanceof BigInteger b) {
                return Formatter.format(b, spec);
            } else if (value instanceof PyComplex c && !spec.isEmpty()) {
                return Formatter.formatComplex(c.real, c.imag, spec);
            }
        } catch (FormatError e) {
            throw toPython(e);
        }
        if (spec.isEmpty()) {
            return str(value);
        }
        throw PyErrors.typeError("unsupported format string passed to " + Ops.typeName(value) + ".__format__");
    }

    public static PyException toPython(FormatError e) {
        PyType type = switch (e.kind) {
            case TYPE -> ExceptionTypes.TYPE_ERROR;
            case OVERFLOW -> ExceptionTypes.OVERFLOW_ERROR;
            case INDEX -> ExceptionTypes.INDEX_ERROR;
            default -> ExceptionTypes.VALUE_ERROR;
        };
        return PyErrors.create(type, e.getMessage());
    }

    /** The runtime's view of values for printf-style and {@code str.format} formatting. */
    private static class Values implements PercentFormat.Values, StrFormat.Fields {
        static final Values INSTANCE = new Values();

        @Override
        public String str(Object o) {
            return Repr.str(o);
        }

        @Override
        public String repr(Object o) {
            return Repr.repr(o);
        }

        @Override
        public String ascii(Object o) {
            return Repr.ascii(o);
        }

        @Override
        public Object toIntegerOrNull(Object o) {
            if (o instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (!Ops.isInt(o) && SpecialMethods.unary(o, "__index__") instanceof Object i && Ops.isInt(i)) {
                return i;
            }
            return Ops.isInt(o) ? o : null;
        }

        @Override
        public Double toDoubleOrNull(Object o) {
            if (o instanceof Double d) {
                return d;
            } else if (Ops.isInt(o)) {
                return Arith.toDouble(o);
            } else if (SpecialMethods.unary(o, "__float__") instanceof Double d) {
                return d;
            }
            return SpecialMethods.unary(o, "__index__") instanceof Object i && Ops.isInt(i) ? Arith.toDouble(i) : null;
        }

        @Override
        public Object mappingGet(Object mapping, String key) {
            return Ops.getItem(mapping, key);
        }

        @Override
        public String typeName(Object o) {
            return Ops.typeName(o);
        }

        @Override
        public Object named(Object kwargs, String name) {
            if (kwargs == null) {
                throw PyErrors.keyError(name);
            }
            return Ops.getItem(kwargs, name);
        }

        @Override
        public Object getattr(Object o, String name) {
            return Attributes.get(o, name);
        }

        @Override
        public Object getitem(Object o, Object key) {
            return Ops.getItem(o, key);
        }

        @Override
        public String format(Object value, String spec) {
            return Repr.format(value, spec);
        }
    }

    /**
     * Values for {@code bytes % args}, where text is bytes as Latin-1: {@code %s} takes a bytes-like object (or
     * one with {@code __bytes__}), {@code %c} a single byte, and mapping keys are bytes.
     */
    private static final class BytesValues extends Values {
        static final BytesValues INSTANCE = new BytesValues();

        @Override
        public boolean bytes() {
            return true;
        }

        @Override
        public String str(Object o) {
            byte[] b = Buffers.bytesOrNull(o);
            if (b == null && PyType.of(o).lookup("__bytes__") != null) {
                b = Buffers.bytes(SpecialMethods.unary(o, "__bytes__"));
            }
            if (b == null) {
                throw PyErrors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, "
                        + "not '" + Ops.typeName(o) + "'");
            }
            return new String(b, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String stringOrNull(Object o) {
            byte[] b = Buffers.bytesOrNull(o);
            return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
        }

        @Override
        public Object mappingGet(Object mapping, String key) {
            return Ops.getItem(mapping, new PyBytes(key.getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    /** {@code template % args}. */
    @TruffleBoundary
    public static String percentFormat(String template, Object args) {
        return percentFormat(template, args, Values.INSTANCE);
    }

    /** {@code template % args} for bytes or a bytearray: the result has the template's type. */
    @TruffleBoundary
    public static PyBytes percentFormat(PyBytes template, Object args) {
        String text = percentFormat(new String(template.bytes(), StandardCharsets.ISO_8859_1), args,
                BytesValues.INSTANCE);
        byte[] result = text.getBytes(StandardCharsets.ISO_8859_1);
        return PyType.of(template) == PyType.BYTEARRAY ? PyBytes.bytearray(result) : new PyBytes(result);
    }

    private static String percentFormat(String template, Object args, Values values) {
        try {
            if (args instanceof PyTuple t) {
                return PercentFormat.format(template, t.items(), values);
            }
            boolean mapping = args instanceof PyDict || args instanceof PyList;
            return PercentFormat.formatSingle(template, args, mapping, values);
        } catch (FormatError e) {
            throw toPython(e);
        }
    }

    /** {@code template.format(*args, **kwargs)}; {@code kwargs} may be null. */
    @TruffleBoundary
    public static String strFormat(String template, Object[] args, PyDict kwargs) {
        try {
            return StrFormat.format(template, args, kwargs, Values.INSTANCE);
        } catch (FormatError e) {
            throw toPython(e);
        }
    }

    @TruffleBoundary
    public static String strFormatMap(String template, Object mapping) {
        try {
            return StrFormat.formatMap(template, mapping, Values.INSTANCE);
        } catch (FormatError e) {
            throw toPython(e);
        }
    }
}
