package org.krait.runtime;

/** A callable bound to the object it was looked up on ({@code obj.method}). */
public final class PyBoundMethod extends PyObject {
    public final Object self;
    public final Object function;

    public PyBoundMethod(Object self, Object function) {
        // a builtin bound to its receiver ([].append, dict.fromkeys) is a builtin_function_or_method, as in CPython
        super(function instanceof PyBuiltinFunction ? PyType.BUILTIN_FUNCTION : PyType.METHOD);
        this.self = self;
        this.function = function;
    }
}
