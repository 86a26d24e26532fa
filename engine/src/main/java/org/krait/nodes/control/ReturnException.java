package org.krait.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Unwinds to the function's root. The value travels in the frame's return slot, so one shared instance
 * serves every return and the interpreter allocates nothing per call.
 */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final ReturnException INSTANCE = new ReturnException();

    private ReturnException() {
    }
}
