package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.local.TargetNode;
import org.krait.runtime.ExceptionGroups;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code try: ... except* E as e: ... else: ...} (PEP 654; a {@code finally} is a TryNode around it). Every
 * clause whose types match part of the exception runs, with that part as an exception group; what the handlers
 * raise and what no clause matched are raised together at the end ({@link ExceptionGroups#reraise}).
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
        PyBaseException original = e.exception();
        PyBaseException rest = original;
        List<PyException> raised = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (int i = 0; i < handlers.length; i++) {
            if (rest == null) {
                break;
            }
            PyBaseException[] parts;
            try {
                parts = ExceptionGroups.match(rest, types[i].execute(frame));
            } catch (PyException bad) {
                TryNode.chainContext(bad, e);
                throw bad;
            }
            if (parts[0] != null) {
                rest = parts[1];
                runHandler(frame, i, parts[0], raised, reraised);
            }
        }
        List<PyBaseException> raisedExceptions = new ArrayList<>();
        for (PyException r : raised) {
            raisedExceptions.add(r.exception());
        }
        PyBaseException result = ExceptionGroups.reraise(original, raisedExceptions, reraised, rest);
        if (result == original) {
            throw e;
        }
        for (PyException r : raised) {
            if (r.exception() == result) {
                throw r;
            }
        }
        if (result != null) {
            throw PyException.reraisedHere(result);
        }
    }

    /** Runs handler {@code i} for {@code match}, noting what it raises: {@code match} again, or something new. */
    private void runHandler(VirtualFrame frame, int i, PyBaseException match, List<PyException> raised,
                            List<PyBaseException> reraised) {
        try {
            TryNode.runHandler(frame, this, currentSlot, names[i], handlers[i], new PyException(match));
        } catch (PyException inner) {
            if (inner.exception() == match) {
                reraised.add(match);
            } else {
                TryNode.caught(this, inner);
                raised.add(inner);
            }
        }
    }
}
