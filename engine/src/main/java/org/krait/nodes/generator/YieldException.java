package org.krait.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds a generator body to its root with the yielded value; the body's nodes keep their resume points. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final transient Object value;

    public YieldException(Object value) {
        this.value = value;
    }
}
