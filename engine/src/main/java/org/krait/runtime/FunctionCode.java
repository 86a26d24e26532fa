package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import java.util.function.Supplier;

/**
 * What a {@code def} compiles to, shared by every function object the definition creates (CPython's code object).
 * {@code generatorKind} is the type of what calling it makes (generator, coroutine, async_generator), or null
 * for a plain function. {@code definition} is the AST node it came from (a {@code FunctionDef}, {@code Lambda} or comprehension) and
 * {@code source} its file: {@code @jit} compiles a function from them. {@code object} is what Python code sees
 * of it ({@code f.__code__}).
 *
 * <p>The body's root (for a {@code def} or lambda, translated only then) and its call target are made on the first
 * call: most functions of an imported module are never called.
 */
public final class FunctionCode {
    private final String name;
    private final String qualname;
    private final Signature signature;
    /** Makes the body's root; dropped once the call target exists (it holds the translator and its state). */
    private Supplier<RootNode> root;
    private final PyType generatorKind;
    private final org.krait.parser.ast.Node definition;
    private final Source source;
    private final PyCode object;
    /**
     * Made once, under this object's lock. Read without it: Python code calls functions only while holding the GIL,
     * whose hand-offs order the write before any other thread's read.
     */
    private RootCallTarget callTarget;

    public FunctionCode(String name, String qualname, Signature signature, Supplier<RootNode> root,
                        PyType generatorKind, org.krait.parser.ast.Node definition, Source source, PyCode object) {
        this.name = name;
        this.qualname = qualname;
        this.signature = signature;
        this.root = root;
        this.generatorKind = generatorKind;
        this.definition = definition;
        this.source = source;
        this.object = object;
    }

    public RootCallTarget callTarget() {
        RootCallTarget target = callTarget;
        if (target == null) {
            CompilerDirectives.transferToInterpreter();
            target = makeCallTarget();
        }
        return target;
    }

    @TruffleBoundary
    private synchronized RootCallTarget makeCallTarget() {
        if (callTarget == null) {
            callTarget = (RootCallTarget) root.get().getCallTarget();
            root = null;
        }
        return callTarget;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public Signature signature() {
        return signature;
    }

    /** Whether calling it makes a generator, coroutine or async generator rather than running the body. */
    public boolean isGenerator() {
        return generatorKind != null;
    }

    public PyType generatorKind() {
        return generatorKind;
    }

    public org.krait.parser.ast.Node definition() {
        return definition;
    }

    public Source source() {
        return source;
    }

    public PyCode object() {
        return object;
    }
}
