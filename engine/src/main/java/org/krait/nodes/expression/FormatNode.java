package org.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Repr;

/** An f-string: the parts are constants and {@code {value!conversion:spec}} fields. */
public final class FormatNode extends ExprNode {
    @Children private final ExprNode[] values;
    /** Per part: -1 for a plain string part, else the conversion (0 = none, 's', 'r', 'a'). */
    private final int[] conversions;
    @Children private final ExprNode[] specs;

    public FormatNode(ExprNode[] values, int[] conversions, ExprNode[] specs) {
        this.values = values;
        this.conversions = conversions;
        this.specs = specs;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        String[] parts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i].execute(frame);
            if (conversions[i] < 0) {
                parts[i] = (String) v;
            } else {
                String spec = specs[i] == null ? "" : (String) specs[i].execute(frame);
                parts[i] = field(v, conversions[i], spec);
            }
        }
        return concat(parts);
    }

    @TruffleBoundary
    private static String field(Object v, int conversion, String spec) {
        Object value = switch (conversion) {
            case 's' -> Repr.str(v);
            case 'r' -> Repr.repr(v);
            case 'a' -> Repr.ascii(v);
            default -> v;
        };
        return Repr.format(value, spec);
    }

    @TruffleBoundary
    private static String concat(String[] parts) {
        return String.join("", parts);
    }
}
