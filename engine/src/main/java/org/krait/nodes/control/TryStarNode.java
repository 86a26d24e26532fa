package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.local.TargetNode;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyException;

/**
 * {@code try: ... except* E as e: ... else: ...} (PEP 654; a {@code finally} is a TryNode around it). Every
 * clause whose types match part of the exception runs, with that part as an exception group; what the handlers
 * raise and what no clause matched are raised together at the end ({@link ExceptStar}).
 */
public final class TryStarNode extends StmtNode {
    @Child private StmtNode body;
    @Children private final ExprNode[] types;
    @Children private final TargetNode[] names;
    @Children private final StmtNode[] handlers;
    @Child private StmtNode orelse;
    /** Temporary holding the exception being handled, for a bare {@code raise} inside a handler. */
    private final int currentSlot;

    public TryStarNode(StmtNode body, ExprNode[] types, TargetNode[] names, StmtNode[] handlers, StmtNode orelse,
                       int currentSlot) {
        this.body = body;
        this.types = types;
        this.names = names;
        this.handlers = handlers;
        this.orelse = orelse;
        this.currentSlot = currentSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        int completion;
        try {
            completion = body.execute(frame);
        } catch (PyException e) {
            handle(frame, e);
            return NORMAL;  // a handler cannot return, break or continue (a SyntaxError)
        }
        return completion == NORMAL && orelse != null ? orelse.execute(frame) : completion;
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PyException e) {
        TryNode.caught(this, e);
        ExceptStar clauses = new ExceptStar(e);
        for (int i = 0; i < handlers.length; i++) {
            if (clauses.done()) {
                break;
            }
            PyBaseException match = clauses.take(types[i], frame);
            if (match != null) {
                try {
                    TryNode.runHandler(frame, this, currentSlot, names[i], handlers[i], new PyException(match));
                } catch (PyException inner) {
                    clauses.raisedBy(this, inner, match);
                }
            }
        }
        clauses.finish();
    }
}
