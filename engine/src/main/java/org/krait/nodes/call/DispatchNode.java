package org.krait.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.krait.runtime.Calls;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyFunction;

/**
 * Calls a callable with positional arguments (and keywords). Python functions seen at this call site get a
 * direct call, which Truffle can inline; everything else goes through {@link Calls}.
 */
public abstract class DispatchNode extends Node {
    public abstract Object execute(Object callee, Object[] args, String[] kwNames, Object[] kwValues);

    @Specialization(guards = {"callee.callTarget() == target", "kwNames.length == 0", "args.length == arity",
        "simple"}, limit = "3")
    protected static Object doDirect(PyFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                                     @Cached("callee.callTarget()") RootCallTarget target,
                                     @Cached("callee.signature().positional()") int arity,
                                     @Cached("callee.signature().isSimple()") boolean simple,
                                     @Cached("create(target)") DirectCallNode call) {
        return call.call(callee.frameArguments(args));
    }

    @Specialization(guards = "callee == cached", limit = "3")
    protected static Object doBuiltin(PyBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                                      @Cached("callee") PyBuiltinFunction cached) {
        return cached.call(args, kwNames, kwValues);
    }

    @Specialization(replaces = {"doDirect", "doBuiltin"})
    protected static Object doGeneric(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return Calls.call(callee, args, kwNames, kwValues);
    }
}
