package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The exception being handled by the innermost running {@code except} block of the current thread (what
 * {@code sys.exc_info()} reports and what a newly raised exception takes as its {@code __context__}).
 */
public final class HandledException {
    private static final ThreadLocal<PyBaseException> CURRENT = new ThreadLocal<>();

    private HandledException() {
    }

    /** Marks {@code e} as handled; returns the previous one for {@link #exit}. */
    @TruffleBoundary
    public static PyBaseException enter(PyBaseException e) {
        PyBaseException previous = CURRENT.get();
        CURRENT.set(e);
        return previous;
    }

    @TruffleBoundary
    public static void exit(PyBaseException previous) {
        CURRENT.set(previous);
    }

    /** The exception being handled, or null. */
    @TruffleBoundary
    public static PyBaseException current() {
        return CURRENT.get();
    }
}
