package org.krait.gil;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import org.krait.runtime.KraitContext;

/**
 * The tick counter of the legacy GIL mode ({@code -X gil=ticks:N}), called at loop back-edges and calls. Until a
 * context in this process asks for tick mode, the assumption holds and compiled code contains nothing at all;
 * the interpreter reads one field.
 */
public final class GilTicks {
    private static final Assumption NOT_COUNTING = Truffle.getRuntime().createAssumption("no context counts GIL ticks");

    private GilTicks() {
    }

    public static void tick(Node location) {
        if (!NOT_COUNTING.isValid()) {
            KraitContext.get(location).gil().tick(location);
        }
    }

    static void enable() {
        NOT_COUNTING.invalidate();
    }
}
