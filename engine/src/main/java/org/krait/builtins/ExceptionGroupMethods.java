package org.krait.builtins;

import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionGroups;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import static org.krait.builtins.Defs.method;

/** The constructor and methods of {@code BaseExceptionGroup} (and so of {@code ExceptionGroup}). */
final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {
    }

    static void install() {
        PyType t = ExceptionTypes.BASE_EXCEPTION_GROUP;
        Defs.constructor(t, "cls, *args, **kwargs",
                a -> ExceptionGroups.create((PyType) a[0], (PyTuple) a[1], (PyDict) a[2]));
        method(t, "derive", "self, excs, /", a -> Calls.call(ExceptionTypes.BASE_EXCEPTION_GROUP,
                ((PyBaseException) a[0]).attributes().get("message"), a[1]));
        method(t, "split", "self, matcher_value, /", a -> ExceptionGroups.split((PyBaseException) a[0], a[1]));
        method(t, "subgroup", "self, matcher_value, /", a -> ExceptionGroups.subgroup((PyBaseException) a[0], a[1]));
    }
}
