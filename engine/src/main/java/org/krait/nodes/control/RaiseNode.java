package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyErrors;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyException;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyType;

/** {@code raise}, {@code raise E}, {@code raise E(...) from cause}. */
public final class RaiseNode extends StmtNode {
    @Child private ExprNode exception;
    @Child private ExprNode cause;
    /** Slot of the enclosing handler's current exception (for a bare raise), or -1 outside handlers. */
    private final int currentSlot;

    public RaiseNode(ExprNode exception, ExprNode cause, int currentSlot) {
        this.exception = exception;
        this.cause = cause;
        this.currentSlot = currentSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (exception == null) {
            Object current = currentSlot < 0 ? null : frame.getObject(currentSlot);
            if (current instanceof PyException e) {
                throw e;
            }
            throw PyErrors.runtimeError("No active exception to reraise");
        }
        PyBaseException exc = instantiate(exception.execute(frame));
        PyBaseException handled = KraitContext.get(this).threadState().handled;
        if (handled != null && handled != exc) {
            exc.context = handled;  // implicit chaining, at raise time as in CPython
        }
        if (cause != null) {
            Object c = cause.execute(frame);
            exc.cause = c == PyNone.NONE ? c : cause(c);
            exc.suppressContext = true;
        }
        throw new PyException(exc);
    }

    private static PyBaseException cause(Object o) {
        if (o instanceof PyBaseException || o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return instantiate(o);
        }
        throw PyErrors.typeError("exception causes must derive from BaseException");
    }

    static PyBaseException instantiate(Object o) {
        if (o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            o = Calls.call(t);
        }
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PyErrors.typeError("exceptions must derive from BaseException");
    }
}
