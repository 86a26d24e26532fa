package org.krait.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/** Whether a {@code case} pattern matches the subject (binding its captures when it does). */
public final class MatchTestNode extends ExprNode {
    @Child private PatternNode pattern;
    @Child private ExprNode subject;

    public MatchTestNode(PatternNode pattern, ExprNode subject) {
        this.pattern = pattern;
        this.subject = subject;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return pattern.match(frame, subject.execute(frame));
    }
}
