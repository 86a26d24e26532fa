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
    /** For a NameError: the function or module whose code missed the name ({@link Suggestions} looks there). */
    public Object nameScope;

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
        initFields(args);
    }

    /** The attributes some exception classes derive from their arguments ({@code StopIteration.value}...). */
    public void initFields(PyTuple args) {
        PyType t = type();
        int n = args.size();
        if (t.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
            attributes.put("value", n > 0 ? args.get(0) : PyNone.NONE);
        } else if (t.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            attributes.put("code", n == 0 ? PyNone.NONE : n == 1 ? args.get(0) : args);
        } else if (t.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            boolean full = n >= 2 && n <= 5;
            attributes.put("errno", full ? args.get(0) : PyNone.NONE);
            attributes.put("strerror", full ? args.get(1) : PyNone.NONE);
            attributes.put("filename", full && n >= 3 ? args.get(2) : PyNone.NONE);
            attributes.put("filename2", full && n >= 5 ? args.get(4) : PyNone.NONE);
            if (full && n >= 3) {
                this.args = PyTuple.of(args.get(0), args.get(1));  // the filename is not part of args
            }
        } else if (t.isSubtypeOf(ExceptionTypes.IMPORT_ERROR)) {
            attributes.putIfAbsent("name", PyNone.NONE);
            attributes.putIfAbsent("path", PyNone.NONE);
            attributes.put("msg", n == 1 ? args.get(0) : PyNone.NONE);
        } else if (t.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            attributes.put("msg", n >= 1 ? args.get(0) : PyNone.NONE);
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            Object[] info = n == 2 && args.get(1) instanceof PyTuple it ? it.items() : new Object[0];
            for (int i = 0; i < names.length; i++) {
                attributes.putIfAbsent(names[i], i < info.length ? info[i] : PyNone.NONE);
            }
            attributes.putIfAbsent("print_file_and_line", PyNone.NONE);
        } else if (t.isSubtypeOf(ExceptionTypes.UNICODE_ERROR) && n == 5) {
            String[] names = {"encoding", "object", "start", "end", "reason"};
            for (int i = 0; i < names.length; i++) {
                attributes.put(names[i], args.get(i));
            }
        } else if (t.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
            attributes.putIfAbsent("name", PyNone.NONE);
            attributes.putIfAbsent("obj", PyNone.NONE);
        } else if (t.isSubtypeOf(ExceptionTypes.NAME_ERROR)) {
            attributes.putIfAbsent("name", PyNone.NONE);
        }
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
