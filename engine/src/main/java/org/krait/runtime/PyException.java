package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.Source;
import org.krait.parser.ast.Pos;

/**
 * The Java throwable that carries a Python exception instance up the stack. Tracebacks are built the way
 * CPython builds them: the innermost statement that sees the exception records its line, and each frame
 * the exception leaves adds one entry.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PyBaseException exception;
    /** Line of the statement executing in the current frame, or -1 before a statement has seen it. */
    private int pendingLine = -1;
    /** Span of the innermost expression of the current frame that saw it, when one noted itself. */
    private Pos pendingPosition;
    /** Whether the current frame's entry is already on the traceback (the exception was caught in this frame). */
    private boolean enteredHere;

    public PyException(PyBaseException exception) {
        super(null, null, 0, null);
        this.exception = exception;
    }

    /**
     * A throwable for an exception whose traceback already has the current frame's entry (what an except*
     * statement raises when its clauses are done), so that leaving the frame does not add it twice.
     */
    public static PyException reraisedHere(PyBaseException exception) {
        PyException e = new PyException(exception);
        e.enteredHere = true;
        return e;
    }

    public PyBaseException exception() {
        return exception;
    }

    public PyType type() {
        return exception.type();
    }

    /** Called by the expressions a traceback points at; the innermost of a frame counts, and gives the line. */
    @TruffleBoundary
    public void recordPosition(Pos position) {
        if (pendingLine < 0 && position != null && position.line() > 0) {
            pendingLine = position.line();
            pendingPosition = position;
        }
    }

    /** Called by every statement the exception passes through; only the innermost of a frame counts. */
    public void recordLine(int line) {
        if (pendingLine < 0 && line > 0) {
            pendingLine = line;
        }
    }

    /**
     * Called when a handler catches the exception: the catching frame's entry goes on the traceback now (so
     * {@code e.__traceback__} and {@code __exit__} see it), and not again if the handler re-raises it.
     */
    @TruffleBoundary
    public void caughtIn(String function, Source source) {
        if (!enteredHere && pendingLine >= 0) {
            leaveFrame(function, source);
            enteredHere = true;
        }
        pendingLine = -1;
        pendingPosition = null;
    }

    /** Called when the exception leaves a frame: adds that frame's traceback entry. */
    @TruffleBoundary
    public void leaveFrame(String function, Source source) {
        if (enteredHere) {
            enteredHere = false;
            pendingLine = -1;
            pendingPosition = null;
            return;
        }
        if (pendingLine >= 0) {
            exception.traceback = new Traceback(function, source, pendingLine, pendingPosition, exception.traceback);
            pendingLine = -1;
            pendingPosition = null;
        }
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        if (exception.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            return ExceptionType.EXIT;
        } else if (exception.type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            return ExceptionType.PARSE_ERROR;
        }
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    @TruffleBoundary
    int getExceptionExitStatus() {
        Object code = exception.args().size() == 0 ? PyNone.NONE : exception.args().get(0);
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 1;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return Boolean.TRUE.equals(exception.attributes().get("__incomplete__"));
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getExceptionMessage() {
        return getMessage();
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return Traceback.formatExceptionOnly(exception).stripTrailing();
    }
}
