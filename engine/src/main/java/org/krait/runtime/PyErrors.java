package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Factories for the Python exceptions the runtime raises, with CPython's messages. */
public final class PyErrors {
    private PyErrors() {
    }

    @TruffleBoundary
    public static PyException create(PyType type, String message) {
        return new PyException(new PyBaseException(type, PyTuple.of(message)));
    }

    @TruffleBoundary
    public static PyException createWithArgs(PyType type, Object... args) {
        return new PyException(new PyBaseException(type, new PyTuple(args)));
    }

    public static PyException typeError(String message) {
        return create(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return create(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return create(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException keyError(Object key) {
        return createWithArgs(ExceptionTypes.KEY_ERROR, key);
    }

    public static PyException zeroDivision(String message) {
        return create(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyException overflow(String message) {
        return create(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return create(ExceptionTypes.RUNTIME_ERROR, message);
    }

    public static PyException notImplemented(String message) {
        return create(ExceptionTypes.NOT_IMPLEMENTED_ERROR, message);
    }

    public static PyException nameError(String name) {
        PyException e = create(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        e.exception().attributes().put("name", name);
        return e;
    }

    /** A NameError raised by the code of {@code scope} (a function or module), where suggestions look. */
    public static PyException nameError(String name, Object scope) {
        PyException e = nameError(name);
        e.exception().nameScope = scope;
        return e;
    }

    public static PyException unboundLocal(String name) {
        return create(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static PyException unboundFree(String name) {
        return create(ExceptionTypes.NAME_ERROR,
                "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
    }

    public static PyException stopIteration() {
        return createWithArgs(ExceptionTypes.STOP_ITERATION);
    }

    @TruffleBoundary
    public static PyException attributeError(Object obj, String attr) {
        String what = obj instanceof PyModule m ? "module '" + m.name() + "' has no attribute '" + attr + "'"
                : obj instanceof PyType t ? "type object '" + t.name() + "' has no attribute '" + attr + "'"
                : "'" + Ops.typeName(obj) + "' object has no attribute '" + attr + "'";
        PyException e = create(ExceptionTypes.ATTRIBUTE_ERROR, what);
        e.exception().attributes().put("name", attr);
        e.exception().attributes().put("obj", obj);
        return e;
    }

    public static PyException attributeErrorMessage(String message) {
        return create(ExceptionTypes.ATTRIBUTE_ERROR, message);
    }

    @TruffleBoundary
    public static PyException unsupportedOperands(String op, Object a, Object b) {
        // ** shares its error with pow(); **= does not
        return typeError("unsupported operand type(s) for " + ("**".equals(op) ? "** or pow()" : op) + ": '"
                + Ops.typeName(a) + "' and '"
                + Ops.typeName(b) + "'");
    }

    @TruffleBoundary
    public static PyException notSubscriptable(Object o) {
        return typeError("'" + Ops.typeName(o) + "' object is not subscriptable");
    }

    @TruffleBoundary
    public static PyException notCallable(Object o) {
        return typeError("'" + Ops.typeName(o) + "' object is not callable");
    }

    @TruffleBoundary
    public static PyException notIterable(Object o) {
        return typeError("'" + Ops.typeName(o) + "' object is not iterable");
    }

    public static PyException recursion() {
        return create(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
}
