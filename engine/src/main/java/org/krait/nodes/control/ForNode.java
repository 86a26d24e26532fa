package org.krait.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.local.TargetNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyList;
import org.krait.runtime.PyRange;

/**
 * {@code for target in iterable: body else: orelse}. Ranges and lists are walked with a counter kept in
 * frame slots (no iterator object); anything else through its iterator.
 */
public final class ForNode extends StmtNode {
    @Child private ExprNode iterable;
    @Child private LoopNode rangeLoop;
    @Child private LoopNode listLoop;
    @Child private LoopNode iteratorLoop;
    @Child private StmtNode orelse;
    private final int sourceSlot;
    private final int indexSlot;
    private final int stopSlot;

    /** {@code sourceSlot}, {@code indexSlot} and {@code stopSlot} are temporaries owned by this loop. */
    public ForNode(TargetNode target, ExprNode iterable, StmtNode body, StmtNode orelse, int sourceSlot,
                   int indexSlot, int stopSlot, TargetNode target2, TargetNode target3) {
        this.iterable = iterable;
        this.orelse = orelse;
        this.sourceSlot = sourceSlot;
        this.indexSlot = indexSlot;
        this.stopSlot = stopSlot;
        this.rangeLoop = Truffle.getRuntime().createLoopNode(new RangeBody(target, (StmtNode) body.deepCopy(), this));
        this.listLoop = Truffle.getRuntime().createLoopNode(new ListBody(target2, (StmtNode) body.deepCopy(), this));
        this.iteratorLoop = Truffle.getRuntime().createLoopNode(new IteratorBody(target3, body, this));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object source = iterable.execute(frame);
        try {
            if (source instanceof PyRange r && r.step == 1) {
                frame.setLong(indexSlot, r.start);
                frame.setLong(stopSlot, r.stop);
                rangeLoop.execute(frame);
            } else if (source instanceof PyList) {
                frame.setObject(sourceSlot, source);
                frame.setLong(indexSlot, 0);
                listLoop.execute(frame);
            } else {
                frame.setObject(sourceSlot, Ops.iter(source));
                iteratorLoop.execute(frame);
            }
        } catch (BreakException e) {
            return;
        } finally {
            frame.setObject(sourceSlot, null);
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private abstract static class LoopBody extends Node implements RepeatingNode {
        @Child protected TargetNode target;
        @Child protected StmtNode body;
        protected final int sourceSlot;
        protected final int indexSlot;
        protected final int stopSlot;

        LoopBody(TargetNode target, StmtNode body, ForNode owner) {
            this.target = target;
            this.body = body;
            this.sourceSlot = owner.sourceSlot;
            this.indexSlot = owner.indexSlot;
            this.stopSlot = owner.stopSlot;
        }

        protected final void runBody(VirtualFrame frame) {
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                // next iteration
            }
        }
    }

    private static final class RangeBody extends LoopBody {
        RangeBody(TargetNode target, StmtNode body, ForNode owner) {
            super(target, body, owner);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(indexSlot);
            if (i >= frame.getLong(stopSlot)) {
                return false;
            }
            frame.setLong(indexSlot, i + 1);
            target.assign(frame, i);
            runBody(frame);
            return true;
        }
    }

    private static final class ListBody extends LoopBody {
        ListBody(TargetNode target, StmtNode body, ForNode owner) {
            super(target, body, owner);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            PyList list = (PyList) frame.getObject(sourceSlot);
            long i = frame.getLong(indexSlot);
            if (i >= list.size()) {
                return false;
            }
            frame.setLong(indexSlot, i + 1);
            target.assign(frame, list.get((int) i));
            runBody(frame);
            return true;
        }
    }

    private static final class IteratorBody extends LoopBody {
        IteratorBody(TargetNode target, StmtNode body, ForNode owner) {
            super(target, body, owner);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object next = ((PyIterator) frame.getObject(sourceSlot)).next();
            if (next == null) {
                return false;
            }
            target.assign(frame, next);
            runBody(frame);
            return true;
        }
    }
}
