package org.krait.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.PyFunction;

/** Gives a new function object its {@code __annotations__} dict. */
public final class AnnotateNode extends ExprNode {
    @Child private ExprNode function;
    @Child private ExprNode annotations;

    public AnnotateNode(ExprNode function, ExprNode annotations) {
        this.function = function;
        this.annotations = annotations;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object annotationDict = annotations.execute(frame);
        PyFunction f = (PyFunction) function.execute(frame);
        f.attributes().put("__annotations__", annotationDict);
        return f;
    }
}
