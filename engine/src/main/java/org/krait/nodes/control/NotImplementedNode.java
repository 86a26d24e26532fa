package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.PyErrors;

/** A construct that parses but that Krait does not execute yet: raises NotImplementedError when reached. */
public final class NotImplementedNode extends ExprNode {
    private final String what;

    public NotImplementedNode(String what) {
        this.what = what;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        throw PyErrors.notImplemented(what + " is not supported by Krait yet");
    }
}
