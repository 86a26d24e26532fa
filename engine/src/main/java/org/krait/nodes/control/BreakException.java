package org.krait.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the innermost loop; a singleton because it carries nothing. */
public final class BreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final BreakException INSTANCE = new BreakException();

    private BreakException() {
    }
}
