package org.krait.stdlib;

import org.krait.runtime.Calls;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyType;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose attributes ({@code __dict__}) are separate
 * for every thread. The first time a thread touches it, it gets an empty dict and the class's {@code __init__}
 * runs again with the arguments the object was created with, as in CPython. Only the GIL holder touches it.
 */
final class PyLocal extends PyObject {
    /** A thread's dict goes away with the thread. */
    private final Map<Thread, PyDict> dicts = new WeakHashMap<>();
    private final Object[] args;
    private final String[] kwNames;
    private final Object[] kwValues;

    PyLocal(PyType type, Object[] args, String[] kwNames, Object[] kwValues) {
        super(type);
        this.args = args;
        this.kwNames = kwNames;
        this.kwValues = kwValues;
        // the creating thread's __init__ is run by the class call itself
        dicts.put(Thread.currentThread(), new PyDict());
    }

    @Override
    public PyDict instanceDict() {
        Thread me = Thread.currentThread();
        PyDict d = dicts.get(me);
        if (d == null) {
            d = new PyDict();
            dicts.put(me, d);
            Calls.initialize(this, args, kwNames, kwValues);
        }
        return d;
    }

    @Override
    public void setInstanceDict(PyDict d) {
        dicts.put(Thread.currentThread(), d);
    }
}
