package org.krait.stdlib;

import org.krait.runtime.BuiltinImpl;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyType;

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

    /** Defines {@code __new__}; its first slot is the class being instantiated (maybe a program's subclass). */
    static void constructor(PyType type, String spec, BuiltinImpl impl) {
        type.define("__new__", new PyBuiltinFunction(type.name() + ".__new__", spec, impl));
    }
}
