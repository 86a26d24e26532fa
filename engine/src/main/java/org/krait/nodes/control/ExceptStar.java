package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.krait.nodes.ExprNode;
import org.krait.runtime.ExceptionGroups;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyException;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of one {@code except*} statement at work on an exception (TryStarNode, GenTryStarNode): what is
 * left of it for the next clause, and what the handlers raised.
 */
public final class ExceptStar {
    private final PyException caught;
    private PyBaseException rest;
    private final List<PyException> raised = new ArrayList<>();
    private final List<PyBaseException> reraised = new ArrayList<>();

    public ExceptStar(PyException caught) {
        this.caught = caught;
        this.rest = caught.exception();
    }

    /** Whether every part of the exception has been handled. */
    public boolean done() {
        return rest == null;
    }

    /** The part of what is left that the clause's types match (no longer left then), or null. */
    public PyBaseException take(ExprNode types, VirtualFrame frame) {
        PyBaseException[] parts;
        try {
            parts = ExceptionGroups.match(rest, types.execute(frame));
        } catch (PyException bad) {
            TryNode.chainContext(bad, caught);
            throw bad;
        }
        if (parts[0] != null) {
            rest = parts[1];
        }
        return parts[0];
    }

    /** Notes what the handler for {@code match} raised: the match again (a re-raise), or a new exception. */
    public void raisedBy(Node handler, PyException inner, PyBaseException match) {
        if (inner.exception() == match) {
            reraised.add(match);
        } else {
            TryNode.caught(handler, inner);
            raised.add(inner);
        }
    }

    /** Raises what the statement raises once its clauses are done; returns if that is nothing. */
    public void finish() {
        List<PyBaseException> raisedExceptions = new ArrayList<>();
        for (PyException r : raised) {
            raisedExceptions.add(r.exception());
        }
        PyBaseException result = ExceptionGroups.reraise(caught.exception(), raisedExceptions, reraised, rest);
        if (result == caught.exception()) {
            throw caught;
        }
        for (PyException r : raised) {
            if (r.exception() == result) {
                throw r;
            }
        }
        if (result != null) {
            throw PyException.reraisedHere(result);
        }
    }
}
