package org.krait.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Base of every Krait object that is not represented by a plain Java value. Ints are {@code Long} or
 * {@link java.math.BigInteger}, floats {@code Double}, bools {@code Boolean} and strs {@code String};
 * everything else extends this class and knows its Python type.
 */
public abstract class PyObject implements TruffleObject {
    private PyType type;
    /** The {@code __dict__} of instances of programs' subclasses of built-in types (and of dict-mode instances). */
    private PyDict instanceDict;

    protected PyObject(PyType type) {
        this.type = type;
    }

    public final PyType type() {
        return type;
    }

    /** Overridden by {@code threading.local}, whose instances have one dict per thread. */
    public PyDict instanceDict() {
        return instanceDict;
    }

    public void setInstanceDict(PyDict d) {
        this.instanceDict = d;
    }

    /** Only for bootstrapping {@code type}, whose type is itself, and for {@code __class__} assignment. */
    public final void setType(PyType type) {
        this.type = type;
    }
}
