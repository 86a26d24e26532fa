package org.krait.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;
import org.krait.runtime.Calls;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyInstance;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;

import java.util.Arrays;

/**
 * Calls a callable with positional arguments (and keywords). Python functions seen at this call site get a
 * direct call, which Truffle can inline; everything else goes through {@link Calls}.
 *
 * <p>{@code frameArgs} holds the positional arguments from index 1 on; index 0 is free so that the array can
 * become the callee's frame arguments ({@code [function, args...]}) without copying.
 */
public abstract class DispatchNode extends Node {
    public abstract Object execute(Object callee, Object[] frameArgs, String[] kwNames, Object[] kwValues);

    @Specialization(guards = {"callee.callTarget() == target", "kwNames.length == 0",
        "frameArgs.length == frameSize", "simple"}, limit = "3")
    protected static Object doDirect(PyFunction callee, Object[] frameArgs, String[] kwNames, Object[] kwValues,
                                     @Cached("callee.callTarget()") RootCallTarget target,
                                     @Cached("frameSize(callee)") int frameSize,
                                     @Cached("callee.signature().isSimple()") boolean simple,
                                     @Cached("create(target)") DirectCallNode call) {
        frameArgs[0] = callee;
        return call.call(frameArgs);
    }

    /** A call that leaves trailing positional parameters to their defaults: filled in here, then a direct call. */
    @Specialization(guards = {"callee.callTarget() == target", "kwNames.length == 0", "simple",
        "defaultsCover(callee, frameArgs.length, frameSize)"}, limit = "3")
    protected static Object doDefaults(PyFunction callee, Object[] frameArgs, String[] kwNames, Object[] kwValues,
                                       @Cached("callee.callTarget()") RootCallTarget target,
                                       @Cached("frameSize(callee)") int frameSize,
                                       @Cached("callee.signature().isSimple()") boolean simple,
                                       @Cached("create(target)") DirectCallNode call) {
        Object[] args = Arrays.copyOf(frameArgs, frameSize);
        Object[] defaults = callee.defaults;
        int firstDefault = frameSize - defaults.length;
        for (int i = frameArgs.length; i < frameSize; i++) {
            args[i] = defaults[i - firstDefault];
        }
        args[0] = callee;
        return call.call(args);
    }

    /** Whether the given positional arguments plus the defaults fill every positional parameter. */
    protected static boolean defaultsCover(PyFunction f, int given, int frameSize) {
        return given < frameSize && given >= frameSize - f.defaults.length;
    }

    /** Frame arguments of a call that passes exactly the positional parameters: the function plus each. */
    protected static int frameSize(PyFunction f) {
        return f.signature().positional() + 1;
    }

    @Specialization(guards = "callee == cached", limit = "3")
    protected Object doBuiltin(PyBuiltinFunction callee, Object[] frameArgs, String[] kwNames,
                               Object[] kwValues, @Cached("callee") PyBuiltinFunction cached) {
        if (cached.readsCallerFrame()) {
            return callHere(cached, frameArgs, kwNames, kwValues);
        }
        return cached.isInlinable() ? cached.callInlined(frameArgs, 1, kwNames, kwValues)
                : cached.call(frameArgs, 1, kwNames, kwValues);
    }

    /** {@code str(x)}, the commonest construction: the str of one value, with no optional arguments to bind. */
    @Specialization(guards = {"callee == STR", "kwNames.length == 0", "frameArgs.length == 2"})
    protected static Object doStr(PyType callee, Object[] frameArgs, String[] kwNames, Object[] kwValues) {
        return Repr.str(frameArgs[1]);
    }

    protected static final PyType STR = PyType.STR;

    /** {@code int(x)}, {@code str(x)}, ...: the class's {@code __new__} builtin, looked up once per call site. */
    @Specialization(guards = {"callee == cachedType", "factory != null"}, assumptions = "cachedType.stable()",
        limit = "3")
    protected static Object doConstruct(PyType callee, Object[] frameArgs, String[] kwNames, Object[] kwValues,
                                        @Cached("callee") PyType cachedType,
                                        @Cached("builtinFactory(cachedType)") PyBuiltinFunction factory) {
        frameArgs[0] = cachedType;
        return factory.call(frameArgs, kwNames, kwValues);
    }

    /** Only for built-in classes: instantiating a program's class also runs its {@code __init__}. */
    protected static PyBuiltinFunction builtinFactory(PyType type) {
        return "builtins".equals(type.module()) && type.lookup("__new__") instanceof PyBuiltinFunction f ? f : null;
    }

    /**
     * {@code Cls(args)} for a program's class whose {@code __init__} is a Python function taking exactly these
     * arguments and whose {@code __new__} is object's: a new instance and a direct call of {@code __init__}.
     */
    @Specialization(guards = {"callee == cachedType", "init != null", "kwNames.length == 0",
        "frameArgs.length == initArity"}, assumptions = "cachedType.stable()", limit = "3")
    protected static Object doInstantiate(PyType callee, Object[] frameArgs, String[] kwNames, Object[] kwValues,
                                          @Cached("callee") PyType cachedType,
                                          @Cached("plainInit(cachedType)") PyFunction init,
                                          @Cached("arity(init)") int initArity,
                                          @Cached("create(init.callTarget())") DirectCallNode call) {
        PyInstance self = new PyInstance(cachedType);
        Object[] args = new Object[initArity + 1];
        args[0] = init;
        args[1] = self;
        System.arraycopy(frameArgs, 1, args, 2, frameArgs.length - 1);
        if (call.call(args) != PyNone.NONE) {
            throw initReturned();
        }
        return self;
    }

    /** The positional parameters of {@code __init__}, self included: one more than the call passes. */
    protected static int arity(PyFunction init) {
        return init == null ? -1 : init.signature().positional();
    }

    /** The class's {@code __init__} when the fast instantiation applies, else null. */
    protected static PyFunction plainInit(PyType type) {
        if (!type.isHeap() || type.type() != PyType.TYPE || type.lookupOwner("__new__") != PyType.OBJECT
                || !(type.lookup("__init__") instanceof PyFunction f) || !f.signature().isSimple()) {
            return null;
        }
        for (PyType t : type.mro()) {
            if (!t.isHeap() && t != PyType.OBJECT) {
                return null;  // instances of subclasses of built-in types are not PyInstances
            }
        }
        return f;
    }

    private static PyException initReturned() {
        return PyErrors.typeError("__init__() should return None");
    }

    @Specialization(replaces = {"doDirect", "doDefaults", "doBuiltin", "doStr", "doConstruct", "doInstantiate"})
    protected Object doGeneric(Object callee, Object[] frameArgs, String[] kwNames, Object[] kwValues) {
        return callHere(callee, frameArgs, kwNames, kwValues);
    }

    /**
     * A call through {@link Calls} with this node as the call site that frame iteration sees, so that
     * {@code sys._getframe().f_lineno} finds the calling line.
     */
    private Object callHere(Object callee, Object[] frameArgs, String[] kwNames, Object[] kwValues) {
        EncapsulatingNodeReference current = EncapsulatingNodeReference.getCurrent();
        Node previous = current.set(this);
        try {
            return Calls.call(callee, Arrays.copyOfRange(frameArgs, 1, frameArgs.length), kwNames, kwValues);
        } finally {
            current.set(previous);
        }
    }
}
