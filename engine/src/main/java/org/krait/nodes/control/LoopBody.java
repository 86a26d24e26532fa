package org.krait.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.krait.nodes.StmtNode;

/**
 * One iteration of a {@code while} or {@code for} loop, run by a Truffle loop node. It returns a status: beside
 * {@link RepeatingNode#CONTINUE_LOOP_STATUS} (next iteration) and {@link RepeatingNode#BREAK_LOOP_STATUS} (the
 * loop ran out), {@link #BROKEN} and {@link #RETURNED} for a body that ran {@code break} or {@code return}; the
 * loop statement turns the status its loop ended with into its own completion.
 */
abstract class LoopBody extends Node implements RepeatingNode {
    /** The body ran {@code break}: the loop ends without its {@code else}. */
    static final Object BROKEN = new Object();
    /** The body ran {@code return}: the loop statement completes by returning. */
    static final Object RETURNED = new Object();

    /** The status for the way one run of the body completed. */
    protected static Object afterBody(int completion) {
        return switch (completion) {
            case StmtNode.BREAK -> BROKEN;
            case StmtNode.RETURN -> RETURNED;
            default -> RepeatingNode.CONTINUE_LOOP_STATUS;
        };
    }

    /** The loop statement's completion: its {@code else} block runs when the loop ran out. */
    static int complete(Object status, StmtNode orelse, VirtualFrame frame) {
        if (status == RepeatingNode.BREAK_LOOP_STATUS) {
            return orelse == null ? StmtNode.NORMAL : orelse.execute(frame);
        }
        return status == RETURNED ? StmtNode.RETURN : StmtNode.NORMAL;
    }

    @Override
    public final boolean executeRepeating(VirtualFrame frame) {
        throw CompilerDirectives.shouldNotReachHere("loop nodes run executeRepeatingWithValue");
    }
}
