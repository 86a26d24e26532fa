package org.krait.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.krait.parser.ast.Pos;
import org.krait.runtime.PyException;

/** An expression: evaluates to a value, with unboxed fast paths for the primitive types. */
@TypeSystemReference(KraitTypes.class)
@NodeInfo(description = "expression")
public abstract class ExprNode extends Node {
    /** Where the expression is, for the markers under a traceback's source line; null where none are shown. */
    private Pos position;

    public abstract Object execute(VirtualFrame frame);

    /** Marks this as an expression a traceback can point at (a call, subscript, attribute, operator or name). */
    public final ExprNode at(Pos p) {
        position = p;
        return this;
    }

    /**
     * Returns {@code e} after noting this expression as where it was raised in the current frame (unless an inner
     * expression did first), as CPython notes the instruction: {@code throw located(e)}.
     */
    protected final PyException located(PyException e) {
        e.recordPosition(position);
        return e;
    }

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
