package org.krait.builtins;

import org.krait.nodes.Frames;

import org.krait.parser.ast.CmpOp;
import org.krait.parser.ast.Operator;
import org.krait.runtime.Arith;
import org.krait.runtime.Attributes;
import org.krait.runtime.Importer;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyList;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyTextIO;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;
import org.krait.runtime.Strings;
import org.krait.runtime.format.IntFormat;

import java.math.BigInteger;
import java.util.TreeSet;
import java.util.function.Supplier;

/** The functions of the {@code builtins} module. */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    /** Installs every builtin into {@code builtins}; print() and input() use the context's streams. */
    public static void install(PyModule builtins, KraitContext ctx) {
        install(builtins, () -> stream(ctx, "stdout", ctx.stdout), () -> stream(ctx, "stdin", ctx.stdin));
        // open() is io.open, which the standard library implements (imported on first use)
        builtins.def("open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, "
                + "opener=None", a -> Calls.call(Attributes.get(Importer.importModule(ctx, "io", false, 0, null), "open"), a));
        builtins.def("__import__", "name, globals=None, locals=None, fromlist=None, level=0",
                a -> dunderImport(ctx, a));
        builtins.setAttribute("__debug__", ctx.optimize == 0);
    }

    /**
     * {@code __import__(name, globals, locals, fromlist, level)}: the top package, or with a fromlist the module
     * itself, after importing the submodules the fromlist names. {@code globals} places a relative import.
     */
    private static Object dunderImport(KraitContext ctx, Object[] a) {
        if (!(a[0] instanceof String name)) {
            throw PyErrors.typeError("module name must be a string");
        }
        long level = Ops.index(a[4]);
        if (level < 0) {
            throw PyErrors.valueError("level must be >= 0");
        }
        if (level == 0 && name.isEmpty()) {
            throw PyErrors.valueError("Empty module name");
        }
        PyModule importer = a[1] instanceof PyDict g ? g.module() : Frames.callerModule();
        Object[] fromlist = a[3] == PyNone.NONE ? new Object[0] : Ops.toArray(a[3]);
        Object module = Importer.importModule(ctx, name, fromlist.length == 0, (int) level, importer);
        for (Object item : fromlist) {
            if (item instanceof String attr && !attr.equals("*") && module instanceof PyModule m
                    && m.getAttribute(attr) == null) {
                Importer.submodule(ctx, module, attr);
            }
        }
        return module;
    }

    /** The current {@code sys.stdout}/{@code sys.stdin} (programs may rebind them), else the context's. */
    private static Object stream(KraitContext ctx, String name, PyTextIO dflt) {
        Object o = ctx.sys() == null ? null : ctx.sys().getAttribute(name);
        return o == null || o == PyNone.NONE ? dflt : o;
    }

    /** Installs the builtins with explicit streams (used by tests and embedders). */
    public static void install(PyModule builtins, Supplier<Object> stdout, Supplier<Object> stdin) {
        BuiltinTypes.install();
        PyType[] types = {PyType.INT, PyType.FLOAT, PyType.COMPLEX, PyType.BOOL, PyType.STR, PyType.BYTES, PyType.BYTEARRAY,
            PyType.MEMORYVIEW,
            PyType.LIST, PyType.TUPLE,
            PyType.DICT, PyType.SET, PyType.FROZENSET, PyType.RANGE, PyType.SLICE, PyType.OBJECT, PyType.TYPE,
            PyType.PROPERTY, PyType.CLASSMETHOD, PyType.STATICMETHOD, PyType.SUPER,
            BuiltinIterators.ENUMERATE, BuiltinIterators.ZIP, BuiltinIterators.MAP, BuiltinIterators.FILTER,
            BuiltinIterators.REVERSED};
        for (PyType t : types) {
            builtins.setAttribute(t.name(), t);
        }
        for (PyType t : ExceptionTypes.ALL) {
            builtins.setAttribute(t.name(), t);
        }
        builtins.setAttribute("EnvironmentError", ExceptionTypes.OS_ERROR);
        builtins.setAttribute("IOError", ExceptionTypes.OS_ERROR);
        builtins.setAttribute("Ellipsis", Singletons.ELLIPSIS);
        builtins.setAttribute("NotImplemented", Singletons.NOT_IMPLEMENTED);
        builtins.setAttribute("None", PyNone.NONE);
        builtins.setAttribute("True", Boolean.TRUE);
        builtins.setAttribute("False", Boolean.FALSE);

        builtins.def("abs", "x, /", a -> abs(a[0]));
        builtins.def("all", "iterable, /", a -> {
            PyIterator it = Ops.iter(a[0]);
            for (Object x = it.next(); x != null; x = it.next()) {
                if (!Ops.isTrue(x)) {
                    return false;
                }
            }
            return true;
        });
        builtins.def("any", "iterable, /", a -> {
            PyIterator it = Ops.iter(a[0]);
            for (Object x = it.next(); x != null; x = it.next()) {
                if (Ops.isTrue(x)) {
                    return true;
                }
            }
            return false;
        });
        builtins.def("ascii", "obj, /", a -> Repr.ascii(a[0]));
        builtins.def("bin", "number, /", a -> radix(a[0], 2));
        builtins.def("oct", "number, /", a -> radix(a[0], 8));
        builtins.def("hex", "number, /", a -> radix(a[0], 16));
        builtins.def("callable", "obj, /", a -> callable(a[0]));
        builtins.def("chr", "i, /", a -> chr(a[0]));
        builtins.def("ord", "c, /", a -> ord(a[0]));
        builtins.def("delattr", "obj, name, /", a -> {
            Attributes.delete(a[0], name(a[1]));
            return PyNone.NONE;
        });
        builtins.def("setattr", "obj, name, value, /", a -> {
            Attributes.set(a[0], name(a[1]), a[2]);
            return PyNone.NONE;
        });
        builtins.def("getattr", "object, name, default=?, /", a -> getattr(a[0], name(a[1]), a[2]));
        builtins.def("hasattr", "obj, name, /", a -> getattr(a[0], name(a[1]), null) != null);
        builtins.def("locals", "", a -> Frames.callerLocals());
        builtins.def("globals", "", a -> Frames.callerGlobals());
        builtins.def("vars", "*args", a -> {
            Object[] args = ((PyTuple) a[0]).items();
            if (args.length > 1) {
                throw PyErrors.typeError("vars expected at most 1 argument, got " + args.length);
            }
            if (args.length == 0) {
                return Frames.callerLocals();
            }
            if (args[0] instanceof PyModule m) {
                return Frames.namespace(m);
            }
            if (args[0] instanceof PyType t) {
                PyDict d = new PyDict();
                t.dict().forEach(d::put);
                return d;
            }
            if (args[0] instanceof PyFunction f) {
                PyDict d = new PyDict();
                f.attributes().forEach(d::put);
                return d;
            }
            if (Attributes.getOrNull(args[0], "__dict__") instanceof PyDict d) {
                return d;
            }
            throw PyErrors.typeError("vars() argument must have __dict__ attribute");
        });
        builtins.def("dir", "*args", a -> {
            Object[] args = ((PyTuple) a[0]).items();
            if (args.length > 1) {
                throw PyErrors.typeError("dir expected at most 1 argument, got " + args.length);
            }
            if (args.length == 0) {
                Object[] names = Ops.toArray(org.krait.nodes.Frames.callerLocals());
                java.util.Arrays.sort(names, (x, y) -> Ops.compareStrings((String) x, (String) y));
                return new PyList(names);
            }
            return dir(args[0]);
        });
        builtins.def("divmod", "x, y, /", a -> divmod(a[0], a[1]));
        builtins.def("exit", "code=None", a -> quit(a[0]));
        builtins.def("quit", "code=None", a -> quit(a[0]));
        builtins.def("format", "value, format_spec='', /", a -> format(a[0], a[1]));
        builtins.def("hash", "obj, /", a -> Ops.hash(a[0]));
        builtins.def("id", "obj, /", a -> id(a[0]));
        builtins.def("input", "prompt=?, /", a -> input(a[0], stdout.get(), stdin.get()));
        builtins.def("isinstance", "obj, class_or_tuple, /", a -> isinstance(a[0], a[1]));
        builtins.def("issubclass", "cls, class_or_tuple, /", a -> issubclass(a[0], a[1]));
        builtins.def("iter", "object, sentinel=?, /", a -> {
            if (Args.missing(a[1])) {
                Object own = org.krait.runtime.SpecialMethods.iterObject(a[0]);
                return own != null ? own : Ops.iter(a[0]);
            }
            if (!callable(a[0])) {
                throw PyErrors.typeError("iter(v, w): v must be callable");
            }
            return new BuiltinIterators.CallableIterator(a[0], a[1]);
        });
        builtins.def("len", "obj, /", a -> Ops.len(a[0]));
        builtins.def("max", "*args, key=None, default=?", a -> minmax(a, "max", CmpOp.GT));
        builtins.def("min", "*args, key=None, default=?", a -> minmax(a, "min", CmpOp.LT));
        builtins.def("next", "iterator, default=?, /", a -> next(a[0], a[1]));
        builtins.def("pow", "base, exp, mod=None", a -> a[2] == PyNone.NONE
                ? Arith.binary(Operator.POW, a[0], a[1], false)
                : org.krait.runtime.SpecialMethods.find(a[0], "__pow__") instanceof Object m ? Calls.call(m, a[0], a[1], a[2])
                : Arith.powMod(a[0], a[1], a[2]));
        builtins.def("print", "*args, sep=None, end=None, file=None, flush=False", a -> {
            print(((PyTuple) a[0]).items(), a[1], a[2], a[3] == PyNone.NONE ? stdout.get() : a[3], Ops.isTrue(a[4]));
            return PyNone.NONE;
        });
        builtins.def("repr", "obj, /", a -> Repr.repr(a[0]));
        builtins.def("round", "number, ndigits=None", a -> NumberMethods.round(a[0], a[1]));
        builtins.def("sorted", "iterable, /, *, key=None, reverse=False", a -> new PyList(
                Sorting.sorted(Ops.toArray(a[0]), a[1], Ops.isTrue(a[2]))));
        builtins.def("sum", "iterable, /, start=0", a -> sum(a[0], a[1]));
    }

    // ---- helpers (package-visible for the type methods) ---------------------------------------------

    static Object abs(Object x) {
        if (x instanceof PyObject) {
            Object m = PyType.of(x).lookup("__abs__");
            if (m != null) {
                return Calls.call(m, x);
            }
        }
        return Arith.abs(x);
    }

    static String radix(Object x, int radix) {
        Object v = Args.intValue(x);
        if (v instanceof Long l) {
            return radix == 2 ? IntFormat.bin(l) : radix == 8 ? IntFormat.oct(l) : IntFormat.hex(l);
        }
        BigInteger b = (BigInteger) v;
        return radix == 2 ? IntFormat.bin(b) : radix == 8 ? IntFormat.oct(b) : IntFormat.hex(b);
    }

    static boolean callable(Object o) {
        if (Calls.isCallable(o)) {
            return true;
        }
        return o instanceof PyObject && PyType.of(o).lookup("__call__") != null;
    }

    static String chr(Object i) {
        Object v = Args.intValue(i);
        if (v instanceof BigInteger) {
            throw PyErrors.overflow("Python int too large to convert to C int");
        }
        long cp = (Long) v;
        if (cp < Integer.MIN_VALUE || cp > Integer.MAX_VALUE) {
            throw PyErrors.overflow("Python int too large to convert to C int");
        }
        if (cp < 0 || cp > 0x10FFFF) {
            throw PyErrors.valueError("chr() arg not in range(0x110000)");
        }
        return Strings.fromCodePoint((int) cp);
    }

    static long ord(Object c) {
        if (c instanceof String s) {
            int n = Strings.length(s);
            if (n != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return s.codePointAt(0);
        }
        if (c instanceof PyBytes b) {
            if (b.bytes().length != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length " + b.bytes().length
                        + " found");
            }
            return b.bytes()[0] & 0xff;
        }
        throw PyErrors.typeError("ord() expected string of length 1, but " + Ops.typeName(c) + " found");
    }

    static String name(Object n) {
        if (!(n instanceof String s)) {
            throw PyErrors.typeError("attribute name must be string, not '" + Ops.typeName(n) + "'");
        }
        return s;
    }

    /** getattr with an optional default; {@code dflt == null} means "return null when absent" (hasattr). */
    static Object getattr(Object o, String name, Object dflt) {
        boolean hasDefault = dflt == null || !Args.missing(dflt);
        Object v;
        try {
            v = hasDefault ? Attributes.getOrNull(o, name) : Attributes.get(o, name);
        } catch (PyException e) {
            if (hasDefault && Args.isInstance(e, ExceptionTypes.ATTRIBUTE_ERROR)) {
                return dflt;
            }
            throw e;
        }
        return v == null ? dflt : v;
    }

    static PyList dir(Object o) {
        TreeSet<String> names = new TreeSet<>(Ops::compareStrings);
        if (o instanceof PyModule m) {
            names.addAll(m.snapshot().keySet());
        } else if (o instanceof PyType t) {
            for (PyType m : t.mro()) {
                names.addAll(m.dict().keySet());
            }
            names.add("__class__");
            names.add("__name__");
            names.add("__qualname__");
            names.add("__module__");
            names.add("__doc__");
            names.add("__mro__");
            names.add("__bases__");
        } else {
            for (PyType m : PyType.of(o).mro()) {
                names.addAll(m.dict().keySet());
            }
            names.add("__class__");
            if (o instanceof org.krait.runtime.PyInstance i && i.type().slotNames() == null) {
                for (Object k : Ops.toArray(i.dict())) {
                    names.add((String) k);
                }
            }
            if (o instanceof PyBaseException e) {
                names.addAll(e.attributes().keySet());
                names.add("args");
                names.add("__traceback__");
                names.add("__cause__");
                names.add("__context__");
                names.add("__suppress_context__");
            }
            if (Ops.isInt(o)) {
                names.addAll(java.util.List.of("real", "imag", "numerator", "denominator"));
            } else if (o instanceof Double || o instanceof org.krait.runtime.PyComplex) {
                names.addAll(java.util.List.of("real", "imag"));
            }
        }
        names.remove("__new__");
        if (o instanceof PyType || !(PyType.of(o).lookup("__new__") == null)) {
            names.add("__new__");
        }
        return new PyList(names.toArray());
    }

    static PyTuple divmod(Object x, Object y) {
        if (Ops.isInt(x) && Ops.isInt(y)) {
            return PyTuple.of(Arith.binary(Operator.FLOORDIV, x, y, false), Arith.binary(Operator.MOD, x, y, false));
        }
        if ((x instanceof Double || Ops.isInt(x)) && (y instanceof Double || Ops.isInt(y))) {
            double a = x instanceof Double d ? d : Arith.toDouble(x);
            double b = y instanceof Double d ? d : Arith.toDouble(y);
            if (b == 0) {
                throw PyErrors.zeroDivision("float divmod()");
            }
            return PyTuple.of(Arith.floorDiv(a, b), Arith.mod(a, b));
        }
        for (Object[] pair : new Object[][]{{x, y, "__divmod__"}, {y, x, "__rdivmod__"}}) {
            if (pair[0] instanceof PyObject) {
                Object m = PyType.of(pair[0]).lookup((String) pair[2]);
                if (m != null) {
                    Object r = Calls.call(m, pair[0], pair[1]);
                    if (r != Singletons.NOT_IMPLEMENTED) {
                        return r instanceof PyTuple t ? t : PyTuple.of(r);
                    }
                }
            }
        }
        throw PyErrors.typeError("unsupported operand type(s) for divmod(): '" + Ops.typeName(x) + "' and '"
                + Ops.typeName(y) + "'");
    }

    static String format(Object value, Object spec) {
        if (!(spec instanceof String s)) {
            throw PyErrors.typeError("format() argument 2 must be str, not " + Ops.typeName(spec));
        }
        if (value instanceof PyObject) {
            Object m = PyType.of(value).lookup("__format__");
            if (m != null && !(m instanceof org.krait.runtime.PyBuiltinFunction)) {
                Object r = Calls.call(m, value, s);
                if (!(r instanceof String rs)) {
                    throw PyErrors.typeError("__format__ must return a str, not " + Ops.typeName(r));
                }
                return rs;
            }
        }
        return Repr.format(value, s);
    }

    static long id(Object o) {
        return System.identityHashCode(o) * 16L;
    }

    static String input(Object prompt, Object out, Object in) {
        if (!Args.missing(prompt)) {
            write(out, Repr.str(prompt));
            flush(out);
        } else {
            flush(out);
        }
        String line;
        if (in instanceof PyTextIO io) {
            line = io.readline();
        } else {
            Object r = Calls.call(Attributes.get(in, "readline"));
            if (!(r instanceof String s)) {
                throw PyErrors.typeError("object.readline() returned non-string");
            }
            line = s;
        }
        if (line.isEmpty()) {
            throw PyErrors.create(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    static boolean isinstance(Object o, Object cls) {
        if (cls instanceof PyType t) {
            Object check = t.type().isHeap() ? t.type().lookupHeap("__instancecheck__") : null;
            return check != null ? Ops.isTrue(Calls.call(check, t, o)) : PyType.of(o).isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tp) {
            for (Object c : tp.items()) {
                if (isinstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        if (PyType.of(cls).lookup("__instancecheck__") instanceof Object check && !(cls instanceof PyType)) {
            return Ops.isTrue(Calls.call(check, cls, o));
        }
        throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean issubclass(Object c, Object cls) {
        if (!(c instanceof PyType ct)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyType t) {
            Object check = t.type().isHeap() ? t.type().lookupHeap("__subclasscheck__") : null;
            return check != null ? Ops.isTrue(Calls.call(check, t, ct)) : ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tp) {
            for (Object x : tp.items()) {
                if (issubclass(ct, x)) {
                    return true;
                }
            }
            return false;
        }
        if (PyType.of(cls).lookup("__subclasscheck__") instanceof Object check) {
            return Ops.isTrue(Calls.call(check, cls, ct));
        }
        throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    static Object minmax(Object[] a, String name, CmpOp op) {
        Object[] args = ((PyTuple) a[0]).items();
        Object key = a[1];
        Object dflt = a[2];
        PyIterator it;
        if (args.length == 0) {
            throw PyErrors.typeError(name + " expected at least 1 argument, got 0");
        } else if (args.length == 1) {
            it = Ops.iter(args[0]);
        } else {
            if (!Args.missing(dflt)) {
                throw PyErrors.typeError("Cannot specify a default for " + name
                        + "() with multiple positional arguments");
            }
            it = new BuiltinIterators.ArrayIterator(PyType.ITERATOR, args);
        }
        Object best = null;
        Object bestKey = null;
        for (Object x = it.next(); x != null; x = it.next()) {
            Object k = key == PyNone.NONE ? x : Calls.call(key, x);
            if (best == null || Ops.compare(op, k, bestKey)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (!Args.missing(dflt)) {
                return dflt;
            }
            throw PyErrors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static Object stop() {
        throw PyErrors.stopIteration();
    }

    static Object next(Object it, Object dflt) {
        if (it instanceof PyIterator pi && pi.isIterator()) {
            Object v;
            try {
                v = pi.next();
            } catch (PyException e) {
                if (!Args.missing(dflt) && Args.isStopIteration(e)) {
                    return dflt;
                }
                throw e;
            }
            if (v == null) {
                if (Args.missing(dflt)) {
                    return it instanceof org.krait.runtime.PyGenerator g ? GeneratorMethods.finish(g, null) : stop();
                }
                return dflt;
            }
            return v;
        }
        Object m = PyType.of(it).lookup("__next__");
        if (m == null) {
            throw PyErrors.typeError("'" + Ops.typeName(it) + "' object is not an iterator");
        }
        try {
            return Calls.call(m, it);
        } catch (PyException e) {
            if (!Args.missing(dflt) && Args.isStopIteration(e)) {
                return dflt;
            }
            throw e;
        }
    }

    private static void write(Object file, String s) {
        if (file instanceof PyTextIO io) {
            io.write(s);
        } else {
            Calls.call(Attributes.get(file, "write"), s);
        }
    }

    private static void flush(Object file) {
        if (file instanceof PyTextIO io) {
            io.flush();
        } else {
            Object f = Attributes.getOrNull(file, "flush");
            if (f != null) {
                Calls.call(f);
            }
        }
    }

    static void print(Object[] objects, Object sep, Object end, Object file, boolean flush) {
        if (sep != PyNone.NONE && !(sep instanceof String)) {
            throw PyErrors.typeError("sep must be None or a string, not " + Ops.typeName(sep));
        }
        if (end != PyNone.NONE && !(end instanceof String)) {
            throw PyErrors.typeError("end must be None or a string, not " + Ops.typeName(end));
        }
        String sepS = sep == PyNone.NONE ? " " : (String) sep;
        String endS = end == PyNone.NONE ? "\n" : (String) end;
        if (file instanceof PyTextIO io) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < objects.length; i++) {
                if (i > 0) {
                    sb.append(sepS);
                }
                sb.append(Repr.str(objects[i]));
            }
            io.write(sb.append(endS).toString());
        } else {
            Object w = Attributes.get(file, "write");
            for (int i = 0; i < objects.length; i++) {
                if (i > 0) {
                    Calls.call(w, sepS);
                }
                Calls.call(w, Repr.str(objects[i]));
            }
            Calls.call(w, endS);
        }
        if (flush) {
            flush(file);
        }
    }

    static Object sum(Object iterable, Object start) {
        if (start instanceof String) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw PyErrors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        PyIterator it = Ops.iter(iterable);
        Object acc = start instanceof Boolean b ? (Object) (b ? 1L : 0L) : start;
        Object x = it.next();
        // exact int fast path
        if (acc instanceof Long) {
            long s = (Long) acc;
            for (; x != null; x = it.next()) {
                if (x instanceof Long l) {
                    long r = s + l;
                    if (((s ^ r) & (l ^ r)) < 0) {
                        break;
                    }
                    s = r;
                } else if (x instanceof Boolean bx) {
                    s += bx ? 1 : 0; // cannot overflow in practice before a Long would
                } else {
                    break;
                }
            }
            acc = s;
        }
        // float fast path: plain left-to-right addition, as CPython 3.11 does
        if (acc instanceof Double) {
            double s = (Double) acc;
            for (; x != null; x = it.next()) {
                if (x instanceof Double d) {
                    s += d;
                } else if (x instanceof Long l && Math.abs(l) < (1L << 53)) {
                    s += (double) l;
                } else {
                    break;
                }
            }
            acc = s;
        }
        for (; x != null; x = it.next()) {
            acc = Arith.binary(Operator.ADD, acc, x, false);
        }
        return acc;
    }

    /**
     * {@code exit(code=None)} and {@code quit(code=None)}, which CPython's {@code site} module adds:
     * {@code raise SystemExit(code)}, so {@code exit()} raises {@code SystemExit(None)} (exit status 0).
     * CPython's are {@code _sitebuiltins.Quitter} instances whose repr is {@code Use exit() or Ctrl-D (i.e. EOF) to
     * exit}; these are plain builtin functions until instances of non-builtin types can be called.
     */
    private static Object quit(Object code) {
        PyTuple args = PyTuple.of(code);
        PyBaseException e = new PyBaseException(ExceptionTypes.SYSTEM_EXIT, args);
        BuiltinTypes.initFields(e, args);
        throw new PyException(e);
    }
}
