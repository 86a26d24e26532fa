package org.krait.runtime;

/**
 * A code object ({@code code}): a function's ({@code f.__code__}, a function frame's {@code f_code}), or module
 * code (what {@code compile()} returns, a module frame's {@code f_code}), which keeps its source text and mode
 * since Krait compiles source to a tree, not to bytecode. {@code exec} and {@code eval} run both kinds.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("code");

    /** CPython's {@code co_flags} bits. */
    public static final int OPTIMIZED = 0x1;
    public static final int NEWLOCALS = 0x2;
    public static final int VARARGS = 0x4;
    public static final int VARKEYWORDS = 0x8;
    public static final int NESTED = 0x10;
    public static final int GENERATOR = 0x20;
    public static final int COROUTINE = 0x80;
    public static final int ASYNC_GENERATOR = 0x200;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;
    public final int flags;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    private final String[] varnames;
    /** Its variables that inner functions use, and the variables of enclosing functions it uses (sorted). */
    private final String[] cellvars;
    private final String[] freevars;
    /** Module code's source text and mode ({@code exec}, {@code eval}, {@code single}); null for a function's. */
    public final String text;
    public final String mode;
    /** The function definition whose code this is; null for module code. Set once, just after translation. */
    private FunctionCode function;

    private PyCode(String name, String qualname, String filename, int firstLine, int flags, int argcount,
                   int posonlyargcount, int kwonlyargcount, String[] varnames, String[] cellvars, String[] freevars,
                   String text, String mode) {
        super(TYPE);
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.flags = flags;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.text = text;
        this.mode = mode;
    }

    /** The code of a function definition, attached to its {@link FunctionCode} by {@link #attach}. */
    public static PyCode ofFunction(String name, String qualname, String filename, int firstLine, int flags,
                                  Signature sig, String[] varnames, String[] cellvars, String[] freevars) {
        return new PyCode(name, qualname, filename, firstLine, flags, sig.positional(), sig.posOnly(), sig.kwOnly(),
                varnames, cellvars, freevars, null, null);
    }

    /** Module code: {@code compile()}'s result, or a module frame's. */
    public static PyCode module(String text, String filename, String mode) {
        String[] none = new String[0];
        return new PyCode("<module>", "<module>", filename, 1, 0, 0, 0, 0, none, none, none, text, mode);
    }

    public void attach(FunctionCode code) {
        this.function = code;
    }

    public FunctionCode function() {
        return function;
    }

    /** How many variables of enclosing functions it uses: the closure a call needs. */
    public int freeVarCount() {
        return freevars.length;
    }

    /** The names of the code's local variables ({@code co_varnames}). */
    public String[] varnames() {
        return varnames.clone();
    }

    /** The {@code co_*} attributes; null for other names. */
    public Object attribute(String attr) {
        return switch (attr) {
            case "co_name" -> name;
            case "co_qualname" -> qualname;
            case "co_filename" -> filename;
            case "co_firstlineno" -> (long) firstLine;
            case "co_flags" -> (long) flags;
            case "co_argcount" -> (long) argcount;
            case "co_posonlyargcount" -> (long) posonlyargcount;
            case "co_kwonlyargcount" -> (long) kwonlyargcount;
            case "co_varnames" -> new PyTuple(varnames.clone());
            case "co_nlocals" -> (long) varnames.length;
            case "co_cellvars" -> new PyTuple(cellvars.clone());
            case "co_freevars" -> new PyTuple(freevars.clone());
            default -> null;
        };
    }

    public String repr() {
        return "<code object " + name + " at " + Repr.address(this) + ", file \"" + filename + "\", line " + firstLine
                + ">";
    }
}
