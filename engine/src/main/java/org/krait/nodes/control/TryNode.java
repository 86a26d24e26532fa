package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.local.TargetNode;
import org.krait.gil.ThreadState;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyException;
import org.krait.runtime.PyNone;

/** {@code try: ... except E as e: ... else: ... finally: ...}. */
public final class TryNode extends StmtNode {
    @Child private StmtNode body;
    @Children private final ExprNode[] types;
    @Children private final TargetNode[] names;
    @Children private final StmtNode[] handlers;
    @Child private StmtNode orelse;
    @Child private StmtNode finalbody;
    /** Temporary holding the exception being handled, for a bare {@code raise} inside a handler. */
    private final int currentSlot;

    public TryNode(StmtNode body, ExprNode[] types, TargetNode[] names, StmtNode[] handlers, StmtNode orelse,
                   StmtNode finalbody, int currentSlot) {
        this.body = body;
        this.types = types;
        this.names = names;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.currentSlot = currentSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (finalbody == null) {
            return run(frame);
        }
        int completion;
        try {
            completion = run(frame);
        } catch (PyException e) {
            // an exception raised by the finally block has the propagating one as its context
            int last;
            try {
                last = finalbody.execute(frame);
            } catch (PyException inner) {
                chainContext(inner, e);
                throw inner;
            }
            if (last != NORMAL) {
                return last;  // a return, break or continue in the finally block discards the exception
            }
            throw e;
        } catch (Throwable t) {
            finalbody.execute(frame);
            throw t;
        }
        int last = finalbody.execute(frame);
        return last != NORMAL ? last : completion;
    }

    private int run(VirtualFrame frame) {
        int completion;
        try {
            completion = body.execute(frame);
        } catch (PyException e) {
            if (handlers.length == 0) {
                throw e;
            }
            return handle(frame, e);
        }
        return completion == NORMAL && orelse != null ? orelse.execute(frame) : completion;
    }

    @ExplodeLoop
    private int handle(VirtualFrame frame, PyException e) {
        for (int i = 0; i < handlers.length; i++) {
            if (types[i] == null || ExceptionTypes.matches(e.type(), types[i].execute(frame))) {
                caught(this, e);
                return runHandler(frame, this, currentSlot, names[i], handlers[i], e);
            }
        }
        throw e;
    }

    /**
     * Runs an except clause's body for {@code e}, which is meanwhile the handled exception, what a bare
     * {@code raise} re-raises (from {@code currentSlot}) and bound to the clause's name; an exception the body
     * raises gets it as its context.
     */
    static int runHandler(VirtualFrame frame, StmtNode owner, int currentSlot, TargetNode name, StmtNode handler,
                          PyException e) {
        Object saved = frame.getObject(currentSlot);
        frame.setObject(currentSlot, e);
        ThreadState thread = KraitContext.get(owner).threadState();
        PyBaseException outer = thread.handled;
        thread.handled = e.exception();
        try {
            if (name != null) {
                name.assign(frame, e.exception());
            }
            return handler.execute(frame);
        } catch (PyException inner) {
            chainContext(inner, e);
            throw inner;
        } finally {
            thread.handled = outer;
            frame.setObject(currentSlot, saved);
        }
    }

    /** Puts the catching frame on the exception's traceback. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static void caught(com.oracle.truffle.api.nodes.Node node, PyException e) {
        com.oracle.truffle.api.nodes.RootNode root = node.getRootNode();
        com.oracle.truffle.api.source.SourceSection section = root.getSourceSection();
        e.caughtIn(root.getName(), section == null ? null : section.getSource());
    }

    /** An exception raised while handling {@code caught} remembers it as {@code __context__} (implicit chaining). */
    public static void chainContext(PyException raised, PyException caught) {
        if (raised.exception() != caught.exception() && raised.exception().context == PyNone.NONE) {
            raised.exception().context = caught.exception();
        }
    }
}
