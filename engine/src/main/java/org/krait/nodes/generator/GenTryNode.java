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
    /** What the finally block must re-raise when it completes. */
    private final int failureSlot;

    public GenTryNode(StmtNode body, ExprNode[] types, TargetNode[] names, StmtNode[] handlers, StmtNode orelse,
                      StmtNode finalbody, int phaseSlot, int currentSlot, int failureSlot) {
        this.body = body;
        this.types = types;
        this.names = names;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.phaseSlot = phaseSlot;
        this.currentSlot = currentSlot;
        this.failureSlot = failureSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object phase = frame.getObject(phaseSlot);
        Throwable failure = null;
        if (phase != FINALLY) {
            try {
                runUntilFinally(frame, phase);
            } catch (YieldException y) {
                throw y;
            } catch (Throwable t) {
                failure = t;
            }
            frame.setObject(phaseSlot, FINALLY);
            frame.setObject(failureSlot, failure);
        } else {
            failure = (Throwable) frame.getObject(failureSlot);
        }
        if (finalbody != null) {
            try {
                finalbody.executeVoid(frame);
            } catch (YieldException y) {
                throw y;
            } catch (Throwable t) {
                reset(frame);
                if (t instanceof PyException inner && failure instanceof PyException outer) {
                    TryNode.chainContext(inner, outer);
                }
                throw t;
            }
        }
        reset(frame);
        if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error e) {
            throw e;
        }
    }

    private void runUntilFinally(VirtualFrame frame, Object phase) {
        if (phase == null) {
            try {
                body.executeVoid(frame);
            } catch (PyException e) {
                for (int i = 0; i < handlers.length; i++) {
                    if (types[i] == null || TryNode.matches(e.type(), types[i].execute(frame))) {
                        frame.setObject(phaseSlot, i);
                        frame.setObject(currentSlot, e);
                        if (names[i] != null) {
                            names[i].assign(frame, e.exception());
                        }
                        TryNode.caught(this, e);
                        runHandler(frame, i, e);
                        return;
                    }
                }
                throw e;
            }
            frame.setObject(phaseSlot, ELSE);
        } else if (phase instanceof Integer i) {
            runHandler(frame, i, (PyException) frame.getObject(currentSlot));
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private void runHandler(VirtualFrame frame, int i, PyException caught) {
        org.krait.gil.ThreadState thread = org.krait.runtime.KraitContext.get(this).threadState();
        org.krait.runtime.PyBaseException outer = thread.handled;
        thread.handled = caught.exception();
        try {
            handlers[i].executeVoid(frame);
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
        frame.setObject(failureSlot, null);
    }
}
