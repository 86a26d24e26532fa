package org.krait.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the function's root with the returned value. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final transient Object value;

    public ReturnException(Object value) {
        this.value = value;
    }
}
