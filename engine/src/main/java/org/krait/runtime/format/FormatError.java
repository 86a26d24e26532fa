package org.krait.runtime.format;

/**
 * A formatting failure with CPython's exact message. {@link #kind} names the Python exception class the
 * runtime must raise (this package has no object model, so it cannot raise Python exceptions itself).
 */
public final class FormatError extends RuntimeException {
    public enum Kind { VALUE, TYPE, OVERFLOW, INDEX }

    private static final long serialVersionUID = 1L;

    public final Kind kind;

    public FormatError(Kind kind, String message) {
        // no stack trace: these are control flow for the runtime, and are built on hot paths
        super(message, null, false, false);
        this.kind = kind;
    }

    static FormatError value(String msg) { return new FormatError(Kind.VALUE, msg); }
    static FormatError type(String msg) { return new FormatError(Kind.TYPE, msg); }
    static FormatError overflow(String msg) { return new FormatError(Kind.OVERFLOW, msg); }
    static FormatError index(String msg) { return new FormatError(Kind.INDEX, msg); }
}
