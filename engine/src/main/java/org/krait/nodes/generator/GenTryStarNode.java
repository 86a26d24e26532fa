package org.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.control.ExceptStar;
import org.krait.nodes.control.TryNode;
import org.krait.nodes.local.TargetNode;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyException;

/**
 * {@code try ... except* ...} in a generator or coroutine body (TryStarNode's clauses). A yield or await inside
 * the body, a handler or the else block suspends it; a frame slot keeps where it was: in the else block, or in the
 * clauses with the one whose handler is running.
 */
public final class GenTryStarNode extends StmtNode {
    private static final Object ELSE = "else";

    @Child private StmtNode body;
    @Children private final ExprNode[] types;
    @Children private final TargetNode[] names;
    @Children private final StmtNode[] handlers;
    @Child private StmtNode orelse;
    /** null while the body runs, ELSE, or the {@link Progress} of the clauses. */
    private final int stateSlot;
    /** The match being handled, for a bare {@code raise}. */
    private final int currentSlot;

    /** How far the clauses are: the next one to try or run, and its match once its handler has started. */
    private static final class Progress {
        final ExceptStar clauses;
        int next;
        PyException running;

        Progress(ExceptStar clauses) {
            this.clauses = clauses;
        }
    }

    public GenTryStarNode(StmtNode body, ExprNode[] types, TargetNode[] names, StmtNode[] handlers, StmtNode orelse,
                          int stateSlot, int currentSlot) {
        this.body = body;
        this.types = types;
        this.names = names;
        this.handlers = handlers;
        this.orelse = orelse;
        this.stateSlot = stateSlot;
        this.currentSlot = currentSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        try {
            return run(frame);
        } catch (YieldException y) {
            throw y;
        } catch (Throwable t) {
            frame.setObject(stateSlot, null);
            throw t;
        }
    }

    private int run(VirtualFrame frame) {
        Object state = frame.getObject(stateSlot);
        if (state == null) {
            int completion;
            try {
                completion = body.execute(frame);
            } catch (PyException e) {
                TryNode.caught(this, e);
                Progress progress = new Progress(new ExceptStar(e));
                frame.setObject(stateSlot, progress);
                return clauses(frame, progress);
            }
            if (completion != NORMAL || orelse == null) {
                return completion;
            }
            frame.setObject(stateSlot, ELSE);
            state = ELSE;
        }
        if (state == ELSE) {
            int completion = orelse.execute(frame);
            frame.setObject(stateSlot, null);
            return completion;
        }
        return clauses(frame, (Progress) state);
    }

    @ExplodeLoop
    private int clauses(VirtualFrame frame, Progress progress) {
        for (int i = 0; i < handlers.length; i++) {
            if (i < progress.next) {
                continue;
            }
            if (progress.running == null) {
                if (progress.clauses.done()) {
                    break;
                }
                PyBaseException match = progress.clauses.take(types[i], frame);
                if (match == null) {
                    progress.next = i + 1;
                    continue;
                }
                progress.running = new PyException(match);
                if (names[i] != null) {
                    names[i].assign(frame, match);
                }
            }
            frame.setObject(currentSlot, progress.running);
            try {
                GenTryNode.runHandler(this, handlers[i], frame, progress.running);
            } catch (PyException inner) {
                progress.clauses.raisedBy(this, inner, progress.running.exception());
            }
            progress.running = null;
            progress.next = i + 1;
        }
        frame.setObject(stateSlot, null);
        frame.setObject(currentSlot, null);
        progress.clauses.finish();
        return NORMAL;
    }
}
