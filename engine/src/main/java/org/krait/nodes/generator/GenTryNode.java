package org.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.control.TryNode;
import org.krait.nodes.local.TargetNode;
import org.krait.runtime.PyException;

/**
 * {@code try} in a generator body. A yield inside any part suspends without running {@code finally}; the phase
 * (body, handler i, else, finally) is kept in a frame slot so that resumption continues in the same part.
 */
public final class GenTryNode extends StmtNode {
    private static final String ELSE = "else";
    private static final String FINALLY = "finally";

    @Child private StmtNode body;
    @Children private final ExprNode[] types;
    @Children private final TargetNode[] names;
    @Children private final StmtNode[] handlers;
    @Child private StmtNode orelse;
    @Child private StmtNode finalbody;
    private final int phaseSlot;
    /** The exception being handled (for a handler that resumes, and for a bare raise). */
    private final int currentSlot;
    /** What completes the statement once the finally block has: the exception to re-raise, or the completion. */
    private final int pendingSlot;

    public GenTryNode(StmtNode body, ExprNode[] types, TargetNode[] names, StmtNode[] handlers, StmtNode orelse,
                      StmtNode finalbody, int phaseSlot, int currentSlot, int pendingSlot) {
        this.body = body;
        this.types = types;
        this.names = names;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.phaseSlot = phaseSlot;
        this.currentSlot = currentSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object phase = frame.getObject(phaseSlot);
        Object pending;
        if (phase != FINALLY) {
            try {
                pending = runUntilFinally(frame, phase);
            } catch (YieldException y) {
                throw y;
            } catch (Throwable t) {
                pending = t;
            }
            frame.setObject(phaseSlot, FINALLY);
            frame.setObject(pendingSlot, pending);
        } else {
            pending = frame.getObject(pendingSlot);
        }
        if (finalbody != null) {
            int last;
            try {
                last = finalbody.execute(frame);
            } catch (YieldException y) {
                throw y;
            } catch (Throwable t) {
                reset(frame);
                if (t instanceof PyException inner && pending instanceof PyException outer) {
                    TryNode.chainContext(inner, outer);
                }
                throw t;
            }
            if (last != NORMAL) {
                reset(frame);
                return last;  // a return, break or continue in the finally block discards what was pending
            }
        }
        reset(frame);
        if (pending instanceof RuntimeException r) {
            throw r;
        } else if (pending instanceof Error e) {
            throw e;
        }
        return (Integer) pending;
    }

    /** Runs the body, a handler or the else block, from where the phase says; returns their completion. */
    private int runUntilFinally(VirtualFrame frame, Object phase) {
        if (phase == null) {
            int completion;
            try {
                completion = body.execute(frame);
            } catch (PyException e) {
                for (int i = 0; i < handlers.length; i++) {
                    if (types[i] == null || org.krait.runtime.ExceptionTypes.matches(e.type(), types[i].execute(frame))) {
                        frame.setObject(phaseSlot, i);
                        frame.setObject(currentSlot, e);
                        if (names[i] != null) {
                            names[i].assign(frame, e.exception());
                        }
                        TryNode.caught(this, e);
                        return runHandler(this, handlers[i], frame, e);
                    }
                }
                throw e;
            }
            if (completion != NORMAL) {
                return completion;
            }
            frame.setObject(phaseSlot, ELSE);
        } else if (phase instanceof Integer i) {
            return runHandler(this, handlers[i], frame, (PyException) frame.getObject(currentSlot));
        }
        return orelse == null ? NORMAL : orelse.execute(frame);
    }

    /**
     * Runs (or resumes) a handler of {@code owner} with {@code caught} as the exception being handled; an exception
     * the handler raises gets it as its context.
     */
    static int runHandler(StmtNode owner, StmtNode handler, VirtualFrame frame, PyException caught) {
        org.krait.gil.ThreadState thread = org.krait.runtime.KraitContext.get(owner).threadState();
        org.krait.runtime.PyBaseException outer = thread.handled;
        thread.handled = caught.exception();
        try {
            return handler.execute(frame);
        } catch (PyException inner) {
            TryNode.chainContext(inner, caught);
            throw inner;
        } finally {
            thread.handled = outer;
        }
    }

    private void reset(VirtualFrame frame) {
        frame.setObject(phaseSlot, null);
        frame.setObject(currentSlot, null);
        frame.setObject(pendingSlot, null);
    }
}
