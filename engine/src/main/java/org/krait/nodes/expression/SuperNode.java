package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PySuper;
import org.krait.runtime.PyType;

/**
 * Zero-argument {@code super()} in a method: the class from the implicit {@code __class__} cell and the
 * method's first argument, as CPython finds them in the frame.
 */
public final class SuperNode extends ExprNode {
    @Child private ExprNode thisClass;
    @Child private ExprNode self;

    public SuperNode(ExprNode thisClass, ExprNode self) {
        this.thisClass = thisClass;
        this.self = self;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (self == null) {
            throw PyErrors.create(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        if (!(thisClass.execute(frame) instanceof PyType cls)) {
            throw PyErrors.create(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ is not a type");
        }
        return new PySuper(cls, self.execute(frame));
    }
}
