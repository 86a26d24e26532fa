package org.krait.gil;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Thrown into the threads still running when the program exits (daemon threads, threads started with
 * {@code _thread}): CPython abandons them at exit, Krait unwinds them so that the context can close.
 */
final class ThreadKill extends ControlFlowException {
    private static final long serialVersionUID = 1L;
}
