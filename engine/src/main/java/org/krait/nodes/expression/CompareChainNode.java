package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.parser.ast.CmpOp;
import org.krait.runtime.Ops;

/**
 * {@code a < b <= c ...}: each operand evaluated once, stopping at the first false comparison, whose result (or
 * the last one's) is the value, as with {@code and}.
 */
public final class CompareChainNode extends ExprNode {
    @Children private final ExprNode[] operands;
    private final CmpOp[] ops;

    public CompareChainNode(ExprNode[] operands, CmpOp[] ops) {
        this.operands = operands;
        this.ops = ops;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        Object result = true;
        for (int i = 0; i < ops.length; i++) {
            Object right = operands[i + 1].execute(frame);
            result = richCompare(ops[i], left, right);
            if (i < ops.length - 1 && !Ops.isTrue(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }

    @Override
    @ExplodeLoop
    public boolean executeBoolean(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        for (int i = 0; i < ops.length; i++) {
            Object right = operands[i + 1].execute(frame);
            if (!compare(ops[i], left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    private static Object richCompare(CmpOp op, Object a, Object b) {
        return switch (op) {
            case IS, ISNOT, IN, NOTIN -> compare(op, a, b);
            default -> Ops.richCompare(op, a, b);
        };
    }

    static boolean compare(CmpOp op, Object a, Object b) {
        return switch (op) {
            case IS -> IsNode.is(a, b);
            case ISNOT -> !IsNode.is(a, b);
            case IN -> Ops.contains(b, a);
            case NOTIN -> !Ops.contains(b, a);
            default -> Ops.compare(op, a, b);
        };
    }
}
