package org.krait.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.krait.gil.GilTicks;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.local.TargetNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyList;
import org.krait.runtime.PyRange;

/**
 * {@code for target in iterable: body else: orelse}. Ranges (step 1) and lists are walked with a counter kept
 * in frame slots, without an iterator object; anything else through its iterator. The object in the source
 * slot tells the loop body which walk it is doing.
 */
public final class ForNode extends StmtNode {
    @Child private ExprNode iterable;
    @Child private LoopNode loop;
    @Child private StmtNode orelse;
    private final int sourceSlot;
    private final int indexSlot;
    private final int stopSlot;

    /** {@code sourceSlot}, {@code indexSlot} and {@code stopSlot} are temporaries owned by this loop. */
    public ForNode(TargetNode target, ExprNode iterable, StmtNode body, StmtNode orelse, int sourceSlot,
                   int indexSlot, int stopSlot) {
        this.iterable = iterable;
        this.orelse = orelse;
        this.sourceSlot = sourceSlot;
        this.indexSlot = indexSlot;
        this.stopSlot = stopSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(target, body, sourceSlot, indexSlot, stopSlot));
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object source = iterable.execute(frame);
        if (source instanceof PyRange r && r.step == 1 && !r.isBig()) {
            frame.setLong(indexSlot, r.start);
            frame.setLong(stopSlot, r.stop);
        } else if (source instanceof PyList l && l.type() == org.krait.runtime.PyType.LIST) {
            frame.setLong(indexSlot, 0);
        } else {
            source = Ops.iter(source);
        }
        frame.setObject(sourceSlot, source);
        Object status;
        try {
            status = loop.execute(frame);
        } finally {
            frame.setObject(sourceSlot, null);
        }
        return LoopBody.complete(status, orelse, frame);
    }

    private static final class Body extends LoopBody {
        @Child private TargetNode target;
        @Child private StmtNode body;
        private final int sourceSlot;
        private final int indexSlot;
        private final int stopSlot;
        private final CountingConditionProfile isRange = CountingConditionProfile.create();
        private final CountingConditionProfile isList = CountingConditionProfile.create();

        Body(TargetNode target, StmtNode body, int sourceSlot, int indexSlot, int stopSlot) {
            this.target = target;
            this.body = body;
            this.sourceSlot = sourceSlot;
            this.indexSlot = indexSlot;
            this.stopSlot = stopSlot;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            GilTicks.tick(this);
            Object source = frame.getObject(sourceSlot);
            Object next;
            if (isRange.profile(source instanceof PyRange)) {
                long i = frame.getLong(indexSlot);
                if (i >= frame.getLong(stopSlot)) {
                    return BREAK_LOOP_STATUS;
                }
                frame.setLong(indexSlot, i + 1);
                next = i;
            } else if (isList.profile(source instanceof PyList)) {
                PyList list = (PyList) source;
                long i = frame.getLong(indexSlot);
                if (i >= list.size()) {
                    return BREAK_LOOP_STATUS;
                }
                frame.setLong(indexSlot, i + 1);
                next = list.get((int) i);
            } else {
                next = ((PyIterator) source).next();
                if (next == null) {
                    return BREAK_LOOP_STATUS;
                }
            }
            target.assign(frame, next);
            return afterBody(body.execute(frame));
        }
    }
}
