package org.krait.builtins;

import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyTuple;
import org.krait.runtime.Traceback;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code _traceback}: the engine's formatting of exceptions, for the {@code traceback} module (written in
 * Krait) to build on, so that tracebacks look the same however they are printed.
 */
final class TracebackModule {
    private TracebackModule() {
    }

    static void install(KraitContext context) {
        PyModule m = new PyModule("_traceback");
        m.def("_traceback.format_exception", "exc, /, chain=True", a ->
                new PyList(Traceback.chunks(exception(a[0]), Ops.isTrue(a[1])).toArray()));
        m.def("_traceback.format_exception_only", "exc, /", a ->
                new PyList(Traceback.exceptionOnlyLines(exception(a[0])).toArray()));
        m.def("_traceback.entries", "tb, /", a -> {
            List<Object> out = new ArrayList<>();
            for (Traceback tb = a[0] instanceof Traceback t ? t : null; tb != null; tb = tb.next) {
                String line = tb.sourceText();
                out.add(PyTuple.of(tb.fileName(), (long) tb.line, tb.function, line == null ? "" : line.strip()));
            }
            return new PyList(out.toArray());
        });
        context.modules().put("_traceback", m);
    }

    private static PyBaseException exception(Object o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PyErrors.typeError("Exception expected for value, " + Ops.typeName(o) + " found");
    }
}
