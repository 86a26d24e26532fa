package org.krait.stdlib;

import org.krait.runtime.PyErrors;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyType;

import java.util.concurrent.Semaphore;

/**
 * {@code _thread.RLock}: a lock its owner may take again; it is free once released as often as taken. Only
 * the owner touches {@link #count}, and ownership changes hands through the semaphore.
 */
final class PyRLock extends PyObject {
    private final Semaphore permit = new Semaphore(1);
    private volatile Thread owner;
    private long count;

    PyRLock(PyType type) {
        super(type);
    }

    boolean acquire(boolean blocking, double timeout) {
        Thread me = Thread.currentThread();
        if (owner == me) {
            if (count == Long.MAX_VALUE) {
                throw PyErrors.overflow("Internal lock count overflowed");
            }
            count++;
            return true;
        }
        if (!PyLock.acquire(permit, blocking, timeout)) {
            return false;
        }
        owner = me;
        count = 1;
        return true;
    }

    void release() {
        if (owner != Thread.currentThread()) {
            throw PyErrors.runtimeError("cannot release un-acquired lock");
        }
        if (--count == 0) {
            owner = null;
            permit.release();
        }
    }

    boolean isOwned() {
        return owner == Thread.currentThread();
    }

    /** The owner's thread ident, 0 when free. */
    long ownerIdent() {
        Thread t = owner;
        return t == null ? 0 : t.threadId();
    }

    long count() {
        return owner == null ? 0 : count;
    }

    /** {@code _release_save()}: releases completely (for Condition.wait); the state to restore. */
    long[] releaseAll() {
        if (count == 0 || owner != Thread.currentThread()) {
            throw PyErrors.runtimeError("cannot release un-acquired lock");
        }
        long[] state = {count, owner.threadId()};
        count = 0;
        owner = null;
        permit.release();
        return state;
    }

    /** {@code _acquire_restore((count, owner))}: takes the lock back (waiting) with the saved count. */
    void restore(long savedCount) {
        PyLock.acquire(permit, true, -1);
        owner = Thread.currentThread();
        count = savedCount;
    }

    void reinit() {
        owner = null;
        count = 0;
        permit.drainPermits();
        permit.release();
    }
}
