package org.krait.builtins;

import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTextIO;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;
import org.krait.runtime.Strings;
import org.krait.runtime.Traceback;


import static org.krait.builtins.Defs.method;

/**
 * Constructors ({@code __new__}) and methods of the built-in types. {@link #install()} runs once per JVM;
 * the types are shared by all contexts.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    private static boolean installed;

    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        NumberMethods.install();
        StrMethods.install();
        BytesMethods.install();
        ContainerMethods.install();
        BuiltinIterators.install();
        ClassTypes.install();
        installExceptions();
        installTextIO();
        installSingletons();
        installCode();
        Dunders.install();
        ByteArrayMethods.install();  // after everything bytes has, which it shares
        MemoryViewMethods.install();
    }

    // ---- object / type ------------------------------------------------------------------------------

    // ---- exceptions ---------------------------------------------------------------------------------

    private static PyBaseException exc(Object o) {
        return (PyBaseException) o;
    }

    private static void installExceptions() {
        PyType t = ExceptionTypes.BASE_EXCEPTION;
        Defs.constructor(t, "cls, *args, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            PyTuple args = (PyTuple) a[1];
            PyDict kwargs = (PyDict) a[2];
            if (cls == ExceptionTypes.OS_ERROR && args.size() >= 2 && args.size() <= 5 && args.get(0) instanceof Long errno) {
                cls = ExceptionTypes.osErrorFor(errno);
            }
            PyBaseException e = new PyBaseException(cls, args);
            initFields(e, args);
            if (kwargs.size() > 0 && "builtins".equals(cls.module())) {
                applyKeywords(e, cls, kwargs);
            }
            return e;
        });
        method(t, "__init__", "self, *args, **kwargs", a -> {
            PyBaseException e = exc(a[0]);
            PyTuple args = (PyTuple) a[1];
            PyDict kwargs = (PyDict) a[2];
            e.setArgs(args);
            initFields(e, args);
            if (kwargs.size() > 0) {
                applyKeywords(e, builtinBase(e.type()), kwargs);
            }
            return PyNone.NONE;
        });
        method(t, "with_traceback", "self, tb, /", a -> {
            if (a[1] != PyNone.NONE && !(a[1] instanceof Traceback)) {
                throw PyErrors.typeError("__traceback__ must be a traceback or None");
            }
            exc(a[0]).traceback = a[1] == PyNone.NONE ? null : (Traceback) a[1];
            return a[0];
        });
        method(t, "add_note", "self, note, /", a -> {
            if (!(a[1] instanceof String)) {
                throw PyErrors.typeError("note must be a str, not '" + Ops.typeName(a[1]) + "'");
            }
            PyBaseException e = exc(a[0]);
            Object notes = e.attributes().get("__notes__");
            if (notes == null) {
                notes = new PyList();
                e.attributes().put("__notes__", notes);
            }
            if (!(notes instanceof PyList l)) {
                throw PyErrors.typeError("Cannot add note: __notes__ is not a list");
            }
            l.append(a[1]);
            return PyNone.NONE;
        });
        method(t, "__str__", "self", a -> Repr.strBuiltin(a[0]));
        method(t, "__repr__", "self", a -> Repr.reprBuiltin(a[0]));
        ExceptionGroupMethods.install();
    }

    private static PyType builtinBase(PyType t) {
        for (PyType m : t.mro()) {
            if ("builtins".equals(m.module())) {
                return m;
            }
        }
        return ExceptionTypes.BASE_EXCEPTION;
    }

    /** The per-class fields CPython derives from the arguments. */
    static void initFields(PyBaseException e, PyTuple args) {
        e.initFields(args);
    }

    private static void applyKeywords(PyBaseException e, PyType cls, PyDict kwargs) {
        String[] allowed = cls.isSubtypeOf(ExceptionTypes.IMPORT_ERROR) ? new String[]{"name", "path"}
                : cls.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR) ? new String[]{"name", "obj"}
                : cls.isSubtypeOf(ExceptionTypes.NAME_ERROR) ? new String[]{"name"} : new String[0];
        if (allowed.length == 0) {
            throw PyErrors.typeError(cls.name() + "() takes no keyword arguments");
        }
        for (Object k : Ops.toArray(kwargs)) {
            if (!java.util.Arrays.asList(allowed).contains(k)) {
                throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for " + cls.name() + "()");
            }
            e.attributes().put((String) k, kwargs.get(k));
        }
    }

    // ---- TextIOWrapper ------------------------------------------------------------------------------

    private static PyTextIO io(Object o) {
        return (PyTextIO) o;
    }

    private static void installTextIO() {
        PyType t = PyType.TEXT_IO;
        method(t, "write", "self, s, /", a -> {
            if (!(a[1] instanceof String s)) {
                throw PyErrors.typeError("write() argument must be str, not " + Ops.typeName(a[1]));
            }
            io(a[0]).write(s);
            return (long) Strings.length(s);
        });
        method(t, "writelines", "self, lines, /", a -> {
            for (Object line : Ops.toArray(a[1])) {
                if (!(line instanceof String s)) {
                    throw PyErrors.typeError("write() argument must be str, not " + Ops.typeName(line));
                }
                io(a[0]).write(s);
            }
            return PyNone.NONE;
        });
        method(t, "flush", "self", a -> {
            io(a[0]).flush();
            return PyNone.NONE;
        });
        method(t, "readline", "self, size=-1, /", a -> {
            long size = Args.index(a[1]);
            String line = io(a[0]).readline();
            if (size >= 0 && size < Strings.length(line)) {
                throw PyErrors.notImplemented("readline(size) is not supported");
            }
            return line;
        });
        method(t, "readlines", "self, hint=-1, /", a -> {
            PyList out = new PyList();
            for (String line = io(a[0]).readline(); !line.isEmpty(); line = io(a[0]).readline()) {
                out.append(line);
            }
            return out;
        });
        method(t, "read", "self, size=-1, /", a -> {
            long size = Args.noneOrMissing(a[1]) ? -1 : Args.index(a[1]);
            if (size >= 0) {
                throw PyErrors.notImplemented("read(size) is not supported");
            }
            return io(a[0]).read();
        });
        method(t, "isatty", "self", a -> false);
        method(t, "readable", "self", a -> io(a[0]).name().equals("<stdin>"));
        method(t, "writable", "self", a -> !io(a[0]).name().equals("<stdin>"));
        method(t, "fileno", "self", a -> switch (io(a[0]).name()) {
            case "<stdin>" -> 0L;
            case "<stdout>" -> 1L;
            case "<stderr>" -> 2L;
            default -> throw PyErrors.create(ExceptionTypes.OS_ERROR, "fileno");
        });
        method(t, "close", "self", a -> {
            io(a[0]).flush();
            return PyNone.NONE;
        });
        method(t, "__iter__", "self", a -> a[0]);
        method(t, "__next__", "self", a -> {
            String line = io(a[0]).readline();
            if (line.isEmpty()) {
                throw PyErrors.stopIteration();
            }
            return line;
        });
        method(t, "__enter__", "self", a -> a[0]);
        method(t, "__exit__", "self, *args", a -> {
            io(a[0]).flush();
            return PyNone.NONE;
        });
    }

    private static void installCode() {
        method(org.krait.runtime.PyCode.TYPE, "__repr__", "self", a -> ((org.krait.runtime.PyCode) a[0]).repr());
    }

    private static void installSingletons() {
        method(PyType.ELLIPSIS_TYPE, "__repr__", "self", a -> "Ellipsis");
        method(PyType.NOT_IMPLEMENTED_TYPE, "__repr__", "self", a -> "NotImplemented");
        method(PyType.ELLIPSIS_TYPE, "__reduce__", "self", a -> "Ellipsis");
        method(PyType.NOT_IMPLEMENTED_TYPE, "__reduce__", "self", a -> "NotImplemented");
    }
}
