package org.krait.builtins;

import org.krait.runtime.PyObject;
import org.krait.runtime.PyType;

/** {@code Ellipsis}, {@code NotImplemented} and plain {@code object()} instances. */
public final class Singletons {
    private Singletons() {
    }

    /** An object with no state beyond its type. */
    public static final class Plain extends PyObject {
        public Plain(PyType type) {
            super(type);
        }
    }

    public static final PyObject ELLIPSIS = new Plain(PyType.ELLIPSIS_TYPE);
    public static final PyObject NOT_IMPLEMENTED = new Plain(PyType.NOT_IMPLEMENTED_TYPE);
}
