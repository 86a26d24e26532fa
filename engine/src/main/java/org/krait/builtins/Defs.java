package org.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.krait.runtime.BuiltinImpl;
import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyClassMethod;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyType;

/** Helpers for defining the methods of built-in types. */
final class Defs {
    private Defs() {
    }

    /** Defines {@code type.name} as a method whose first slot is {@code self}, type-checked as CPython does. */
    static PyBuiltinFunction method(PyType type, String name, String spec, BuiltinImpl impl) {
        String qual = type.name() + "." + name;
        PyBuiltinFunction f = new PyBuiltinFunction(qual, spec, a -> {
            if (a.length > 0 && PyType.of(a[0]) != type) {
                a[0] = subtypeReceiver(type, name, a[0]);
            }
            return impl.call(a);
        });
        f.markMethod();
        type.define(name, f);
        return f;
    }

    /**
     * The receiver of a built-in method called on an instance of a subclass (or, through the type, on anything):
     * the value inside a boxed subclass instance, or a TypeError. Out of line, so that compiled calls of built-in
     * methods stay small.
     */
    @TruffleBoundary
    private static Object subtypeReceiver(PyType type, String name, Object self) {
        if (!PyType.of(self).isSubtypeOf(type)) {
            throw PyErrors.typeError("descriptor '" + name + "' for '" + type.name()
                    + "' objects doesn't apply to a '" + Ops.typeName(self) + "' object");
        }
        return self instanceof org.krait.runtime.PyBoxed b ? b.value : self;
    }

    /**
     * Defines a class method (dict.fromkeys, int.from_bytes): read through the type or an instance, it binds the
     * class, which {@code impl} gets in its first slot ({@code cls}) before the parameters of {@code spec}.
     */
    static void classMethod(PyType type, String name, String spec, BuiltinImpl impl) {
        type.define(name, new PyClassMethod(PyType.CLASSMETHOD,
                new PyBuiltinFunction(type.name() + "." + name, "cls, " + spec, impl)));
    }

    /**
     * What an alternate constructor of built-in {@code type} returns when called through class {@code cls}:
     * {@code value} itself, or {@code cls(value)} for a subclass, as CPython's do.
     */
    static Object ofClass(Object cls, PyType type, Object value) {
        return cls == type ? value : Calls.call(cls, value);
    }

    /** The search methods of str and bytes, which take their arguments as PyArg_ParseTuple does. */
    static final String[] SEARCH_METHODS = {"count", "find", "rfind", "index", "rindex", "startswith", "endswith"};

    /** Says how CPython words a wrong argument count for the named methods of {@code type}. */
    static void worded(PyType type, PyBuiltinFunction.ArgWording wording, String... names) {
        for (String name : names) {
            ((PyBuiltinFunction) type.lookup(name)).worded(wording);
        }
    }

    /** Defines an attribute of a type whose function does not receive the instance (a static method). */
    static PyBuiltinFunction plain(PyType type, String name, String spec, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(type.name() + "." + name, spec, impl);
        type.define(name, f);
        return f;
    }

    /**
     * Defines {@code __new__} of int, float or str: {@code impl} makes the plain value, which a program's
     * subclass gets boxed with its class.
     */
    static void valueConstructor(PyType type, String spec, BuiltinImpl impl) {
        constructor(type, spec, a -> {
            Object v = impl.call(a);
            return a[0] == type ? v : new org.krait.runtime.PyBoxed((PyType) a[0], v);
        });
    }

    /** Defines {@code __new__}; its first slot is the class being instantiated. */
    static PyBuiltinFunction constructor(PyType type, String spec, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(type.name(), spec, impl);
        type.define("__new__", f);
        return f;
    }
}
