package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** The left side of an assignment: stores a value that has already been computed. */
public abstract class TargetNode extends Node {
    public abstract void assign(VirtualFrame frame, Object value);
}
