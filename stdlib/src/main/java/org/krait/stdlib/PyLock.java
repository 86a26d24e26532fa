package org.krait.stdlib;

import org.krait.gil.GlobalInterpreterLock;
import org.krait.gil.Timeouts;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyType;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code _thread.lock}: a plain mutex that any thread may release. Waiting for it releases the GIL and is
 * interruptible (Ctrl-C raises KeyboardInterrupt in a waiting main thread).
 */
final class PyLock extends PyObject {
    /** One permit: the lock is free. */
    private final Semaphore permit = new Semaphore(1);

    PyLock(PyType type) {
        super(type);
    }

    /** {@code acquire(blocking, timeout)} once the arguments are checked; a negative timeout waits forever. */
    boolean acquire(boolean blocking, double timeout) {
        return acquire(permit, blocking, timeout);
    }

    /** Takes a permit of {@code semaphore}: at once if free, else (when blocking) with the GIL released. */
    static boolean acquire(Semaphore semaphore, boolean blocking, double timeout) {
        if (semaphore.tryAcquire()) {
            return true;
        }
        if (!blocking) {
            return false;
        }
        if (timeout < 0) {
            return GlobalInterpreterLock.blocking(null, s -> {
                s.acquire();
                return true;
            }, semaphore);
        }
        // re-run after safepoint actions: wait only for the time that is left
        long deadline = Timeouts.deadline(timeout);
        return GlobalInterpreterLock.blocking(null,
                d -> semaphore.tryAcquire(Timeouts.remaining(d), TimeUnit.NANOSECONDS), deadline);
    }

    void release() {
        if (permit.availablePermits() != 0) {
            throw PyErrors.runtimeError("release unlocked lock");
        }
        permit.release();
    }

    boolean isLocked() {
        return permit.availablePermits() == 0;
    }

    /** {@code _at_fork_reinit()}: back to unlocked, whoever held it. */
    void reinit() {
        permit.drainPermits();
        permit.release();
    }
}
