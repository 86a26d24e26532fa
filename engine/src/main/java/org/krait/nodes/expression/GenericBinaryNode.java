package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.parser.ast.Operator;

/** Operators without primitive fast paths here ({@code ^ << >> @}). */
@NodeField(name = "op", type = Operator.class)
public abstract class GenericBinaryNode extends BinaryNode {
    protected abstract Operator getOp();

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(getOp(), a, b);
    }
}
