package org.krait.gil;

import com.oracle.truffle.api.CompilerDirectives;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the interpreter keeps per Python thread (CPython's {@code PyThreadState}): the depth of the Python stack
 * and the thread's GIL statistics. The GIL makes the holder's state current on every acquisition, so interpreter
 * code reads {@link GlobalInterpreterLock#current()} instead of a thread-local.
 *
 * <p>Counters are written only by the thread itself while it holds or takes the GIL, and read by others under the
 * GIL, so plain fields suffice.
 */
public final class ThreadState {
    /** Python frames on this thread's stack, checked against the recursion limit on every call. */
    public int depth;
    /**
     * The exception the innermost running {@code except} block handles, or null: what {@code sys.exc_info()}
     * reports and what a newly raised exception takes as its {@code __context__}.
     */
    public org.krait.runtime.PyBaseException handled;

    /**
     * Counts a Python frame (function, generator step or module body) starting on this thread; past the recursion
     * limit raises RecursionError instead, as CPython checks when a frame starts. Pairs with {@link #leaveFrame()}.
     */
    public void enterFrame(int limit) {
        if (++depth > limit) {
            depth--;
            CompilerDirectives.transferToInterpreter();
            throw org.krait.runtime.PyErrors.recursion();
        }
    }

    public void leaveFrame() {
        depth--;
    }

    private final Thread thread;
    private final long ident;
    private volatile String name;
    private long nativeId;

    long acquisitions;
    /** Acquisitions that had to wait (the GIL was held by another thread). */
    long contendedAcquisitions;
    long waitNanos;
    /** Times this thread dropped the GIL because another thread asked for it (switch interval or tick check). */
    long forcedDrops;
    /** Times this thread, after waiting a whole switch interval, asked the holder to drop the GIL. */
    long dropRequests;
    private volatile boolean finished;

    ThreadState(Thread thread, String name) {
        this.thread = thread;
        this.ident = thread.threadId();
        this.name = name;
    }

    public Thread thread() {
        return thread;
    }

    /** {@code _thread.get_ident()}: unique among the threads alive in this process. */
    public long ident() {
        return ident;
    }

    public String name() {
        return name;
    }

    /** The Python-level name ({@code threading.Thread.name}), shown in statistics and traces. */
    public void setName(String name) {
        this.name = name;
    }

    /**
     * {@code threading.get_native_id()}: the kernel's id of the thread where the OS tells it (Linux:
     * {@code /proc/thread-self}), else the JVM's thread id.
     */
    public long nativeId() {
        if (nativeId == 0) {
            nativeId = readNativeId();
        }
        return nativeId;
    }

    private long readNativeId() {
        if (Thread.currentThread() == thread) {
            try {
                // "/proc/thread-self" links to "<pid>/task/<tid>"
                Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
                return Long.parseLong(link.getFileName().toString());
            } catch (IOException | UnsupportedOperationException | SecurityException | NumberFormatException e) {
                // not Linux: fall through
            }
        }
        return ident;
    }

    public boolean isFinished() {
        return finished;
    }

    /** The thread ended: statistics keep it as not alive (and may forget it when there are many). */
    public void finish() {
        finished = true;
    }
}
