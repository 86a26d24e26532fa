package org.krait.nodes.expression;

import org.krait.runtime.PyException;
import com.oracle.truffle.api.dsl.NodeChild;
import org.krait.nodes.ExprNode;
import org.krait.parser.ast.Operator;
import org.krait.runtime.Arith;

/** A binary operator: specialisations for the primitive cases, {@link Arith#binary} for the rest. */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends ExprNode {
    /** Augmented assignment ({@code +=}): lists extend themselves instead of building a new list. */
    private boolean inplace;
    /** {@code +=} on a function's local: long strings grow in a {@link org.krait.runtime.StringAccumulator}. */
    private boolean accumulates;

    protected final boolean accumulates() {
        return accumulates;
    }

    protected final Object generic(Operator op, Object a, Object b) {
        try {
            return Arith.binary(op, a, b, inplace);
        } catch (PyException e) {
            throw located(e);
        }
    }

    /** The node for {@code left op right}; {@code inplace} for augmented assignment. */
    public static BinaryNode create(Operator op, ExprNode left, ExprNode right, boolean inplace) {
        BinaryNode node = switch (op) {
            case ADD -> AddNodeGen.create(left, right);
            case SUB -> SubNodeGen.create(left, right);
            case MULT -> MulNodeGen.create(left, right);
            case DIV -> TrueDivNodeGen.create(left, right);
            case FLOORDIV -> FloorDivNodeGen.create(left, right);
            case MOD -> ModNodeGen.create(left, right);
            case POW -> PowNodeGen.create(left, right);
            case BITAND -> BitAndNodeGen.create(left, right);
            case BITOR -> BitOrNodeGen.create(left, right);
            default -> GenericBinaryNodeGen.create(left, right, op);
        };
        node.inplace = inplace;
        return node;
    }

    /**
     * {@code name += value} where the name is a function's local, read with {@code current} (which must pass an
     * accumulator through): like {@link #create} with {@code inplace}, and strings grow in an accumulator.
     */
    public static BinaryNode createForLocal(Operator op, ExprNode current, ExprNode value) {
        BinaryNode node = create(op, current, value, true);
        node.accumulates = op == Operator.ADD;
        return node;
    }
}
