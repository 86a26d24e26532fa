package org.krait.builtins;

import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyTuple;
import org.krait.runtime.Traceback;
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
        // entries as extract_tb gives them, or the (filename, lineno, name, line) tuples of format_list's callers
        m.def("_traceback.format_list", "entries, /", a -> {
            List<Traceback.Entry> entries = new ArrayList<>();
            for (Object o : Ops.toArray(a[0])) {
                Object[] f = Ops.toArray(o);
                Pos p = f.length < 7 || f[5] == PyNone.NONE || f[6] == PyNone.NONE ? null
                        : new Pos((int) Ops.index(f[1]), (int) Ops.index(f[5]),
                        f[4] == PyNone.NONE ? (int) Ops.index(f[1]) : (int) Ops.index(f[4]), (int) Ops.index(f[6]));
                entries.add(new Traceback.Entry(Repr.str(f[0]), Ops.index(f[1]), Repr.str(f[2]),
                        f[3] == PyNone.NONE ? null : Repr.str(f[3]), p));
            }
            return new PyList(Traceback.format(entries).toArray());
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
