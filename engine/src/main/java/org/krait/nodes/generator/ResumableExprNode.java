package org.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.local.ClearTempsNode;

/**
 * An expression that may suspend, evaluated where no statement boundary can hold its spilled parts (a
 * {@code while} test): the prelude stores what the expression evaluates before its suspension into temporaries,
 * and runs once; when the expression then suspends, resuming evaluates only the expression again, which reads
 * the temporaries back.
 */
public final class ResumableExprNode extends ExprNode {
    @Child private StmtNode prelude;
    @Child private ExprNode value;
    /** The temporaries the prelude fills, forgotten once the value is computed. */
    @Child private ClearTempsNode clear;
    /** Non-null while the value (not the prelude) is suspended. */
    private final int suspendedSlot;

    public ResumableExprNode(StmtNode prelude, ExprNode value, int[] temps, int suspendedSlot) {
        this.prelude = prelude;
        this.value = value;
        this.clear = new ClearTempsNode(temps);
        this.suspendedSlot = suspendedSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (frame.getObject(suspendedSlot) == null) {
            prelude.execute(frame);  // a suspension in it is resumed by the prelude's own block
        }
        try {
            Object r = value.execute(frame);
            frame.setObject(suspendedSlot, null);
            clear.execute(frame);
            return r;
        } catch (YieldException y) {
            frame.setObject(suspendedSlot, Boolean.TRUE);
            throw y;
        } catch (Throwable t) {
            frame.setObject(suspendedSlot, null);
            throw t;
        }
    }
}
