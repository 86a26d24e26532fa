package org.krait.stdlib;

import org.krait.runtime.BuiltinImpl;
import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.util.function.Function;

/** Helpers for the classes that standard-library modules implement in Java (such as {@code _random.Random}). */
final class JavaTypes {
    private JavaTypes() {
    }

    /** Defines {@code type.name} as a method: bound on instances, its first slot is {@code self}, type-checked. */
    static void method(PyType type, String name, String spec, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(type.name() + "." + name, spec, a -> {
            if (a.length > 0 && !PyType.of(a[0]).isSubtypeOf(type)) {
                throw PyErrors.typeError("descriptor '" + name + "' for '" + type.name()
                        + "' objects doesn't apply to a '" + Ops.typeName(a[0]) + "' object");
            }
            return impl.call(a);
        });
        f.markMethod();
        type.define(name, f);
    }

    /**
     * Defines {@code __new__} (creating the object) and {@code __init__} (setting it up from the arguments). The
     * runtime calls {@code __init__} by itself only for programs' subclasses, so {@code __new__} runs it for
     * instances of the type itself, as CPython's type call does.
     */
    static void constructor(PyType type, Function<PyType, PyObject> factory, String initSpec, BuiltinImpl init) {
        method(type, "__init__", "self, " + initSpec, init);
        Object initFunction = type.lookup("__init__");
        type.define("__new__", new PyBuiltinFunction(type.name() + ".__new__", "cls, *args, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            PyObject obj = factory.apply(cls);
            if (cls == type) {
                Object[] args = ((PyTuple) a[1]).items();
                Object[] withSelf = new Object[args.length + 1];
                withSelf[0] = obj;
                System.arraycopy(args, 0, withSelf, 1, args.length);
                Calls.withKeywords((PyDict) a[2], (names, values) -> Calls.call(initFunction, withSelf, names, values));
            }
            return obj;
        }));
    }
}
