package org.krait.builtins;

import org.krait.runtime.Awaitables;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyGenerator;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import static org.krait.builtins.Defs.method;

/** The methods of generator objects: {@code send}, {@code throw}, {@code close} and the iterator protocol. */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    private static boolean installed;

    /** Once per process: the generator type is shared by every context, which may start on several threads. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        for (PyType g : new PyType[]{PyType.GENERATOR, PyType.COROUTINE}) {
            method(g, "send", "self, value, /", a -> finish((PyGenerator) a[0], ((PyGenerator) a[0]).resume(a[1], null)));
            method(g, "throw", "self, typ, val=None, tb=None, /", a -> {
                PyGenerator gen = (PyGenerator) a[0];
                return finish(gen, gen.resume(PyNone.NONE, exception(a[1], a[2])));
            });
            method(g, "close", "self", a -> {
                ((PyGenerator) a[0]).close();
                return PyNone.NONE;
            });
        }
        PyType g = PyType.GENERATOR;
        method(g, "__iter__", "self", a -> a[0]);
        method(g, "__next__", "self", a -> finish((PyGenerator) a[0], ((PyGenerator) a[0]).next()));
        method(PyType.COROUTINE, "__await__", "self", a -> Awaitables.wrapper((PyGenerator) a[0]));
        PyType ag = PyType.ASYNC_GENERATOR;
        method(ag, "__aiter__", "self", a -> a[0]);
        method(ag, "__anext__", "self", a -> Awaitables.anext((PyGenerator) a[0]));
        method(ag, "aclose", "self", a -> {
            ((PyGenerator) a[0]).close();
            return Awaitables.done();
        });
    }

    /** A finished generator raises StopIteration carrying its return value. */
    static Object finish(PyGenerator gen, Object next) {
        if (next == null) {
            Object rv = gen.returnValue();
            throw rv == PyNone.NONE ? PyErrors.stopIteration()
                    : PyErrors.createWithArgs(ExceptionTypes.STOP_ITERATION, rv);
        }
        return next;
    }

    private static PyException exception(Object typ, Object val) {
        Object e = typ;
        if (typ instanceof PyType t) {
            e = val == PyNone.NONE ? Calls.call(t) : val instanceof PyBaseException ? val
                    : val instanceof PyTuple args ? Calls.call(t, args.items()) : Calls.call(t, val);
        }
        if (!(e instanceof PyBaseException exc)) {
            throw PyErrors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + org.krait.runtime.Ops.typeName(typ));
        }
        return new PyException(exc);
    }
}
