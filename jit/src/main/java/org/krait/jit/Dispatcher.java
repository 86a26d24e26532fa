package org.krait.jit;

import org.krait.jit.infer.JitFunction;
import org.krait.jit.types.JitType;
import org.krait.jit.types.PyObjectType;
import org.krait.jit.types.SignatureParser;
import org.krait.jit.types.Typeof;
import org.krait.jit.types.Unify;
import org.krait.runtime.Calls;
import org.krait.runtime.HostObject;
import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;
import org.krait.runtime.Signature;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code @jit} returns: a callable that compiles its Python function once per tuple of argument types (the
 * first time it is called with them) and afterwards runs the compiled code. With explicit signatures it compiles
 * those at once and converts the arguments of later calls to one of them.
 */
public final class Dispatcher extends PyObject implements HostObject {
    public static final PyType TYPE = PyType.newBuiltin("numba.core.registry", "CPUDispatcher");

    private final PyFunction pyFunc;
    private final JitOptions options;
    private final boolean compileDisabled;
    private JitFunction function;
    private final CompileStats stats = new CompileStats();
    /** Copy-on-write: read without locking on every call, replaced under {@link Compiler#LOCK}. */
    private volatile Overload[] overloads = new Overload[0];

    public Dispatcher(PyFunction pyFunc, JitOptions options, List<SignatureParser.Parsed> signatures) {
        super(TYPE);
        this.pyFunc = pyFunc;
        this.options = options;
        this.compileDisabled = !signatures.isEmpty();
        for (SignatureParser.Parsed sig : signatures) {
            compileSignature(sig);
        }
    }

    public PyFunction pyFunc() {
        return pyFunc;
    }

    public JitOptions options() {
        return options;
    }

    /** The function's analysis (made on first compilation, which raises for functions that cannot be jitted). */
    public synchronized JitFunction function() {
        if (function == null) {
            function = JitFunction.of(pyFunc);
        }
        return function;
    }

    public CompileStats stats() {
        return stats;
    }

    public boolean compileDisabled() {
        return compileDisabled;
    }

    /** The overload compiled for exactly these argument types, or null. */
    public Overload overload(List<JitType> args) {
        for (Overload o : overloads) {
            if (o.argTypes().equals(args)) {
                return o;
            }
        }
        return null;
    }

    /** With explicit signatures: the first one the argument types convert to, or null. */
    public Overload convertibleOverload(List<JitType> args) {
        for (Overload o : overloads) {
            if (o.argTypes().size() != args.size()) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < args.size() && ok; i++) {
                ok = Unify.converts(args.get(i), widened(o.argTypes().get(i)));
            }
            if (ok) {
                return o;
            }
        }
        return null;
    }

    private static JitType widened(JitType t) {
        return t instanceof org.krait.jit.types.Scalar s ? s.widen() : t;
    }

    void addOverload(Overload o) {
        Overload[] next = java.util.Arrays.copyOf(overloads, overloads.length + 1);
        next[overloads.length] = o;
        overloads = next;
    }

    private void compileSignature(SignatureParser.Parsed sig) {
        if (sig.args().size() != pyFunc.signature().positional()) {
            throw PyErrors.typeError("signature " + sig.args() + " does not match the parameters of "
                    + pyFunc.qualname);
        }
        Compiler.compile(this, sig.args(), sig.returnType());
    }

    // ---- calls ----------------------------------------------------------------------------------------------------

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public Object call(Object[] args, String[] kwNames, Object[] kwValues) {
        Signature sig = pyFunc.signature();
        Object[] slots = kwNames.length == 0 && sig.isSimple() && args.length == sig.positional() ? args
                : sig.bind(pyFunc.qualname, pyFunc.defaults, pyFunc.kwDefaults, args, kwNames, kwValues);
        Overload o = find(slots);
        if (o == null) {
            o = compileFor(slots);
        }
        return invoke(o, slots);
    }

    private Overload find(Object[] args) {
        for (Overload o : overloads) {
            List<JitType> types = o.argTypes();
            if (types.size() != args.length) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < args.length && ok; i++) {
                ok = Typeof.matches(types.get(i), args[i]);
            }
            if (ok) {
                return o;
            }
        }
        return null;
    }

    private Overload compileFor(Object[] args) {
        List<JitType> types = new ArrayList<>(args.length);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            JitType t = Typeof.of(args[i]);
            if (t == null) {
                problems.add("- argument " + i + ": " + (Typeof.isBigInt(args[i])
                        ? "Int value is too large: " + args[i]
                        : "Cannot determine Numba type of <class '" + Ops.typeName(args[i]) + "'>"));
            }
            types.add(t);
        }
        if (!problems.isEmpty() && (options.forceObject() || !options.nopython())) {
            // object mode takes any argument: the untyped ones are pyobject
            types.replaceAll(t -> t == null ? PyObjectType.INSTANCE : t);
            if (!options.forceObject()) {
                warnFallback("argument(s) of types compiled code cannot take:\n" + String.join("\n", problems));
            }
            return Compiler.objectMode(this, types);
        }
        if (!problems.isEmpty()) {
            throw JitErrors.typingError("non-precise type pyobject\n\nThis error may have been caused by the "
                    + "following argument(s):\n" + String.join("\n", problems));
        }
        if (compileDisabled) {
            Overload o = convertibleOverload(types);
            if (o == null) {
                throw PyErrors.typeError("No matching definition for argument type(s) "
                        + String.join(", ", types.stream().map(JitType::typeName).toList()));
            }
            return o;
        }
        if (options.forceObject()) {
            return Compiler.objectMode(this, types);
        }
        try {
            return Compiler.compile(this, types, null);
        } catch (PyException e) {
            if (options.nopython() || e.exception().type() != JitErrors.TYPING_ERROR) {
                throw e;
            }
            warnFallback(Repr.str(e.exception()));
            return Compiler.objectMode(this, types);
        }
    }

    /** nopython=False: like Numba, say why compiling failed and run the function in the interpreter instead. */
    private void warnFallback(String reason) {
        KraitContext.get(null).stderr.write("NumbaWarning: Compilation is falling back to object mode because "
                + "function \"" + pyFunc.qualname + "\" failed type inference due to: " + reason + "\n");
    }

    /** Runs an overload; the generated entry releases the GIL around the compiled code when nogil=True. */
    private Object invoke(Overload o, Object[] args) {
        if (o.isObjectMode()) {
            return Calls.call(pyFunc, args);
        }
        try {
            return o.entry().invoke(args);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw PyErrors.indexError("index is out of bounds (use boundscheck=True to find where)");
        } catch (StackOverflowError e) {
            throw PyErrors.recursion();
        }
    }

    // ---- attributes ---------------------------------------------------------------------------------------------

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "py_func", "__wrapped__" -> pyFunc;
            case "__name__" -> pyFunc.name;
            case "__qualname__" -> pyFunc.qualname;
            case "__doc__" -> pyFunc.doc;
            case "__module__" -> pyFunc.globals().name();
            case "signatures" -> signatures();
            case "stats" -> stats;
            case "nopython_signatures" -> signatures();
            case "inspect_types" -> new PyBuiltinFunction("inspect_types", "signature=None, pretty=None, file=None",
                    a -> inspectTypes(a[0]));
            case "inspect_bytecode" -> new PyBuiltinFunction("inspect_bytecode", "signature=None",
                    a -> inspectBytecode(a[0]));
            case "compile" -> new PyBuiltinFunction("compile", "sig, /", a -> {
                compileSignature(Options.signatures(a[0]).get(0));
                return PyNone.NONE;
            });
            default -> null;
        };
    }

    /** The compiled signatures, as Numba lists them: {@code [(int64,), (float64,)]}. */
    private PyList signatures() {
        List<Object> out = new ArrayList<>();
        for (Overload o : overloads) {
            out.add(signatureKey(o));
        }
        return new PyList(out.toArray());
    }

    private static PyTuple signatureKey(Overload o) {
        Object[] items = new Object[o.argTypes().size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = TypeObject.of(o.argTypes().get(i));
        }
        return new PyTuple(items);
    }

    private List<Overload> compiledMatching(Object signature) {
        List<Overload> out = new ArrayList<>();
        for (Overload o : overloads) {
            if (!o.isObjectMode() && (signature == PyNone.NONE || Ops.eq(signatureKey(o), signature))) {
                out.add(o);
            }
        }
        return out;
    }

    private Object inspectTypes(Object signature) {
        StringBuilder sb = new StringBuilder();
        for (Overload o : compiledMatching(signature)) {
            sb.append(Inspection.types(o.typing()));
        }
        Object print = KraitContext.get(null).builtins().getAttribute("print");
        Calls.call(print, sb.toString().stripTrailing());
        return PyNone.NONE;
    }

    /** The generated JVM classes as text: one string for a given signature, else a dict by signature. */
    private Object inspectBytecode(Object signature) {
        List<Overload> matching = compiledMatching(signature);
        if (signature != PyNone.NONE) {
            if (matching.isEmpty()) {
                throw PyErrors.keyError(signature);
            }
            return Inspection.bytecode(matching.get(0).generated().bytes());
        }
        PyDict out = new PyDict();
        for (Overload o : matching) {
            out.put(signatureKey(o), Inspection.bytecode(o.generated().bytes()));
        }
        return out;
    }

    @Override
    public String repr() {
        return "CPUDispatcher(" + Repr.repr(pyFunc) + ")";
    }
}
