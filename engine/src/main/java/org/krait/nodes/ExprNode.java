package org.krait.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/** An expression: evaluates to a value, with unboxed fast paths for the primitive types. */
@TypeSystemReference(KraitTypes.class)
@NodeInfo(description = "expression")
public abstract class ExprNode extends Node {
    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return KraitTypesGen.expectLong(execute(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return KraitTypesGen.expectDouble(execute(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return KraitTypesGen.expectBoolean(execute(frame));
    }

    /** Fast paths for built-in containers must not catch instances of programs' subclasses. */
    protected static boolean isExact(org.krait.runtime.PyList l) {
        return l.type() == org.krait.runtime.PyType.LIST;
    }

    protected static boolean isExact(org.krait.runtime.PyTuple t) {
        return t.type() == org.krait.runtime.PyType.TUPLE;
    }

    protected static boolean isExact(org.krait.runtime.PyDict d) {
        return d.type() == org.krait.runtime.PyType.DICT;
    }
}
