package org.krait.builtins;

import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyTuple;
import org.krait.runtime.Traceback;
import org.krait.runtime.TracebackMarkers;
import org.krait.runtime.PyNone;
import org.krait.runtime.Repr;
import org.krait.parser.ast.Pos;

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
        // (filename, lineno, name, source line as it is in the file, end_lineno, colno, end_colno) of each entry
        m.def("_traceback.entries", "tb, /", a -> {
            List<Object> out = new ArrayList<>();
            for (Traceback tb = a[0] instanceof Traceback t ? t : null; tb != null; tb = tb.next) {
                String line = tb.sourceText();
                Pos p = tb.position();
                Object endLine = PyNone.NONE;
                Object col = PyNone.NONE;
                Object endCol = PyNone.NONE;
                if (p != null) {
                    endLine = (long) p.endLine();
                    col = (long) p.col();
                    endCol = (long) p.endCol();
                }
                out.add(PyTuple.of(tb.fileName(), (long) tb.line, tb.function, line == null ? "" : line, endLine, col,
                        endCol));
            }
            return new PyList(out.toArray());
        });
        m.def("_traceback.markers", "line, lineno, end_lineno, colno, end_colno, /", a -> {
            String markers = TracebackMarkers.of(Repr.str(a[0]), new Pos((int) Ops.index(a[1]), (int) Ops.index(a[3]),
                    (int) Ops.index(a[2]), (int) Ops.index(a[4])));
            return markers == null ? PyNone.NONE : markers;
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
