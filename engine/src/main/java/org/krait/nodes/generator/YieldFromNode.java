package org.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Attributes;
import org.krait.runtime.Awaitables;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.Ops;
import org.krait.runtime.PyException;
import org.krait.runtime.PyGenerator;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyNone;

/** {@code yield from iterable}: re-yields everything the sub-iterator produces; its value is the sub-generator's return value. */
public final class YieldFromNode extends ExprNode {
    @Child private ExprNode iterable;
    /** Holds the sub-iterator while delegating. */
    private final int iteratorSlot;
    private final int generatorSlot;
    /** {@code await x} delegates to the awaitable's iterator rather than to an iterable's. */
    private final boolean await;

    public YieldFromNode(ExprNode iterable, int iteratorSlot, int generatorSlot, boolean await) {
        this.await = await;
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyIterator it = (PyIterator) frame.getObject(iteratorSlot);
        Object next;
        if (it == null) {
            Object source = iterable.execute(frame);
            it = await ? Awaitables.awaitIterator(source) : Ops.iter(source);
            frame.setObject(iteratorSlot, it);
            next = it.next();
        } else {
            next = resume(frame, it);
        }
        if (next != null) {
            throw new YieldException(next);
        }
        frame.setObject(iteratorSlot, null);
        return it.returnValue();
    }

    private Object resume(VirtualFrame frame, PyIterator it) {
        PyGenerator self = (PyGenerator) frame.getObject(generatorSlot);
        Object sent;
        try {
            sent = self.takeSent();
        } catch (PyException thrown) {
            if (it instanceof PyGenerator g && thrown.type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
                g.close();
                frame.setObject(iteratorSlot, null);
                throw thrown;
            }
            if (it instanceof Awaitables.Resumable r) {
                return r.resume(PyNone.NONE, thrown);
            }
            frame.setObject(iteratorSlot, null);
            throw thrown;
        }
        if (sent == PyNone.NONE) {
            return it.next();
        }
        if (it instanceof Awaitables.Resumable r) {
            return r.resume(sent, null);
        }
        return Calls.call(Attributes.get(it, "send"), sent);
    }
}
