package org.krait.runtime;

import java.util.HashMap;
import java.util.Map;

/** An exception instance (what {@code except E as e} binds). */
public final class PyBaseException extends PyObject {
    private PyTuple args;
    /** Instance attributes such as {@code SyntaxError.lineno}, and those of programs' subclasses. */
    private final Map<String, Object> attributes = new HashMap<>();
    public Object cause = PyNone.NONE;
    public Object context = PyNone.NONE;
    public boolean suppressContext;
    /** The traceback entries gathered while the exception last propagated. */
    public Traceback traceback;

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public Map<String, Object> attributes() {
        return attributes;
    }
}
