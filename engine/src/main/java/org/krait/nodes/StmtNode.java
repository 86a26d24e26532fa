package org.krait.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A statement. It knows its line, which tracebacks report. Running it returns how it completed: normally, or by
 * a {@code return}, {@code break} or {@code continue} that the enclosing block passes up to the loop or function
 * it concerns. These are values rather than thrown exceptions because unwinding an exception through uncompiled
 * nodes costs about a microsecond; compiled code folds the checks away either way.
 */
public abstract class StmtNode extends Node {
    public static final int NORMAL = 0;
    /** The function returns; the value is in its return slot. */
    public static final int RETURN = 1;
    public static final int BREAK = 2;
    public static final int CONTINUE = 3;

    private int line;

    /** Runs the statement; returns {@link #NORMAL}, {@link #RETURN}, {@link #BREAK} or {@link #CONTINUE}. */
    public abstract int execute(VirtualFrame frame);

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
