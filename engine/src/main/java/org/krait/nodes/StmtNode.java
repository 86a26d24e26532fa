package org.krait.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** A statement. It knows its line, which tracebacks report. */
public abstract class StmtNode extends Node {
    private int line;

    public abstract void executeVoid(VirtualFrame frame);

    public int line() {
        return line;
    }

    public StmtNode atLine(int l) {
        this.line = l;
        return this;
    }

    @Override
    public SourceSection getSourceSection() {
        RootNode root = getRootNode();
        SourceSection rs = root == null ? null : root.getSourceSection();
        return rs == null || line <= 0 || line > rs.getSource().getLineCount() ? null : rs.getSource().createSection(line);
    }
}
