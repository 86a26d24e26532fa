package org.krait.jit;

import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyType;

/**
 * Numba's exception classes (module {@code numba.core.errors}, also reachable as {@code kjit.TypingError}) and
 * the errors jitted code raises at run time.
 */
public final class JitErrors {
    private JitErrors() {
    }

    public static final PyType NUMBA_ERROR = PyType.create(PyType.TYPE, "NumbaError", "NumbaError", "numba.core.errors",
            new PyType[]{ExceptionTypes.EXCEPTION});
    /** A function cannot be compiled: an unsupported construct or types that do not fit. */
    public static final PyType TYPING_ERROR = PyType.create(PyType.TYPE, "TypingError", "TypingError", "numba.core.errors",
            new PyType[]{NUMBA_ERROR});
    /** Something Krait's {@code @jit} does not implement (Numba's UnsupportedError). */
    public static final PyType UNSUPPORTED_ERROR = PyType.create(PyType.TYPE, "UnsupportedError", "UnsupportedError", "numba.core.errors",
            new PyType[]{NUMBA_ERROR});

    public static PyException typingError(String message) {
        return PyErrors.create(TYPING_ERROR, message);
    }

    /** An int64 operation whose exact result does not fit: Krait raises instead of wrapping around. */
    public static PyException overflow(String function) {
        return PyErrors.overflow("int64 overflow in jitted function '" + function + "'");
    }
}
