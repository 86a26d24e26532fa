package org.krait.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the innermost loop's next iteration. */
public final class ContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final ContinueException INSTANCE = new ContinueException();

    private ContinueException() {
    }
}
