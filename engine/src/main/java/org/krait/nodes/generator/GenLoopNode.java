package org.krait.nodes.generator;

import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.gil.GilTicks;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.expression.ToBoolNode;
import org.krait.nodes.expression.ToBoolNodeGen;
import org.krait.nodes.local.TargetNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyIterator;

/**
 * {@code while} or {@code for} in a generator body. The loop state (the iterator of a {@code for}, and whether
 * the body was suspended) lives in frame slots so that a resumed generator continues the same iteration.
 */
public final class GenLoopNode extends StmtNode {
    @Child private ToBoolNode test;
    @Child private ExprNode iterable;
    @Child private TargetNode target;
    @Child private StmtNode body;
    @Child private StmtNode orelse;
    /** The iterator of a {@code for} loop while it runs. */
    private final int iteratorSlot;
    /** Non-null while the body is suspended in a yield. */
    private final int inBodySlot;

    private GenLoopNode(ExprNode test, TargetNode target, ExprNode iterable, StmtNode body, StmtNode orelse,
                        int iteratorSlot, int inBodySlot) {
        this.test = test == null ? null : ToBoolNodeGen.create(test);
        this.target = target;
        this.iterable = iterable;
        this.body = body;
        this.orelse = orelse;
        this.iteratorSlot = iteratorSlot;
        this.inBodySlot = inBodySlot;
    }

    public static GenLoopNode whileLoop(ExprNode test, StmtNode body, StmtNode orelse, int inBodySlot) {
        return new GenLoopNode(test, null, null, body, orelse, -1, inBodySlot);
    }

    public static GenLoopNode forLoop(TargetNode target, ExprNode iterable, StmtNode body, StmtNode orelse,
                                      int iteratorSlot, int inBodySlot) {
        return new GenLoopNode(null, target, iterable, body, orelse, iteratorSlot, inBodySlot);
    }

    /** Marks a loop suspended in its {@code else} block. */
    private static final Object IN_ELSE = new Object();

    @Override
    public int execute(VirtualFrame frame) {
        Object state = frame.getObject(inBodySlot);
        frame.setObject(inBodySlot, null);
        if (state == IN_ELSE) {
            return runElse(frame);
        }
        boolean resuming = state != null;
        if (!resuming && iterable != null) {
            frame.setObject(iteratorSlot, Ops.iter(iterable.execute(frame)));
        }
        int completion;
        try {
            do {
                // a plain Java loop: poll like Truffle's loop nodes do, so the GIL can switch here too
                TruffleSafepoint.poll(this);
                GilTicks.tick(this);
                if (!resuming && !advance(frame)) {
                    clear(frame);
                    return runElse(frame);
                }
                resuming = false;
                try {
                    completion = body.execute(frame);
                } catch (YieldException y) {
                    frame.setObject(inBodySlot, Boolean.TRUE);
                    throw y;
                }
            } while (completion == NORMAL || completion == CONTINUE);
        } catch (YieldException y) {
            throw y;
        } catch (Throwable t) {
            clear(frame);
            throw t;
        }
        clear(frame);
        return completion == RETURN ? RETURN : NORMAL;
    }

    private int runElse(VirtualFrame frame) {
        if (orelse == null) {
            return NORMAL;
        }
        try {
            return orelse.execute(frame);
        } catch (YieldException y) {
            frame.setObject(inBodySlot, IN_ELSE);
            throw y;
        }
    }

    /** Tests the condition, or takes the next item; false when the loop is over. */
    private boolean advance(VirtualFrame frame) {
        if (test != null) {
            return test.executeBoolean(frame);
        }
        Object next = ((PyIterator) frame.getObject(iteratorSlot)).next();
        if (next == null) {
            return false;
        }
        target.assign(frame, next);
        return true;
    }

    private void clear(VirtualFrame frame) {
        if (iteratorSlot >= 0) {
            frame.setObject(iteratorSlot, null);
        }
    }
}
