package org.krait.gil;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.TruffleSafepoint.InterruptibleFunction;
import com.oracle.truffle.api.nodes.Node;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock of one context: a thread runs Krait code only while it holds it. It follows
 * CPython 3's {@code ceval_gil.c}:
 * <ul>
 * <li>A thread that finds the lock taken waits on a condition for one switch interval (5 ms by default). If the
 * wait times out and no other thread took the lock meanwhile, it asks the holder to drop it.</li>
 * <li>The request is a Truffle thread-local action, performed at the holder's next safepoint: Truffle polls at
 * loop back-edges and calls, so an uncontended lock costs the interpreter nothing.</li>
 * <li>A holder that dropped on request waits until another thread has taken the lock before it queues again
 * (forced switching), so the waiting thread really gets it.</li>
 * <li>Threads release it around everything that blocks or runs outside the interpreter: see
 * {@link #blocking} and {@link #unlocked}.</li>
 * </ul>
 * In the legacy tick mode ({@code -X gil=ticks:N}) there are no requests: every N ticks the holder releases the
 * lock and at once tries to take it back, and woken waiters race for it, as in Python 2.
 */
public final class GlobalInterpreterLock {
    /** CPython's default switch interval, in microseconds. */
    public static final long DEFAULT_INTERVAL_MICROS = 5000;

    private static final VarHandle HOLDER;

    static {
        try {
            HOLDER = MethodHandles.lookup().findVarHandle(GlobalInterpreterLock.class, "holder", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Env env;
    private final GilSettings settings;
    /** Null unless {@code -X gil-trace} was given. */
    private final GilTrace trace;
    private volatile long intervalMicros = DEFAULT_INTERVAL_MICROS;

    /** The thread holding the lock, or null; taken by compare-and-set. */
    private volatile Thread holder;
    /** The holder's state (CPython's current thread state): valid for the thread holding the lock. */
    private ThreadState current;
    /** The last thread that took the lock; a change counts as a switch. */
    private volatile Thread lastHolder;
    private volatile long switches;

    /** Guards waiting, switch bookkeeping and drop requests; the lock itself is {@link #holder}. */
    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the lock is released. */
    private final Condition releasedCondition = mutex.newCondition();
    /** Signalled when another thread took the lock (forced switching). */
    private final Condition switchedCondition = mutex.newCondition();
    private volatile int waiters;
    /** The drop request in flight to the current holder, or null. */
    private volatile DropRequest pendingDrop;
    private long dropRequests;
    private long forcedDrops;

    /** Ticks left before the next check (tick mode; touched only by the holder). */
    private int ticker;

    private final List<ThreadState> threads = new ArrayList<>();
    private static final int MAX_THREAD_STATES = 1024;

    public GlobalInterpreterLock(Env env, GilSettings settings) {
        this.env = env;
        this.settings = settings;
        this.trace = settings.traceFile() == null ? null : new GilTrace(settings.traceFile());
        this.ticker = settings.tickMode() ? settings.ticks() : Integer.MAX_VALUE;
        if (settings.tickMode()) {
            GilTicks.enable();
        }
    }

    public GilSettings settings() {
        return settings;
    }

    /** The state of the thread holding the lock: the only thread that runs interpreter code. */
    public ThreadState current() {
        return current;
    }

    /**
     * A new thread's state, registered for statistics and traces. The first thread of the context is the main
     * thread; threads started by {@code threading} get their names from it.
     */
    public ThreadState newThreadState(Thread thread) {
        synchronized (threads) {
            ThreadState state = new ThreadState(thread, threads.isEmpty() ? "MainThread" : thread.getName());
            if (threads.size() >= MAX_THREAD_STATES && trace == null) {
                // a program that starts threads endlessly: forget finished ones (the main thread stays first)
                threads.subList(1, threads.size()).removeIf(ThreadState::isFinished);
            }
            threads.add(state);
            if (current == null) {
                current = state;
            }
            return state;
        }
    }

    /** The threads' states in creation order. */
    public List<ThreadState> threadStates() {
        synchronized (threads) {
            return new ArrayList<>(threads);
        }
    }

    // ---- switch interval -------------------------------------------------------------------------------------

    /** {@code sys.getswitchinterval()}, in seconds. */
    public double switchInterval() {
        return intervalMicros / 1e6;
    }

    /** {@code sys.setswitchinterval(seconds)}; the caller checked that it is positive. */
    public void setSwitchInterval(double seconds) {
        intervalMicros = (long) (seconds * 1e6);
    }

    private long intervalNanos() {
        return Math.max(1, intervalMicros) * 1000;
    }

    // ---- taking and dropping ---------------------------------------------------------------------------------

    public boolean isHeldByCurrentThread() {
        return holder == Thread.currentThread();
    }

    /**
     * Takes the lock for {@code state}'s thread (the current thread), waiting as long as needed. A Python
     * exception raised by a safepoint action while waiting (KeyboardInterrupt) is raised again at the thread's
     * next safepoint; anything else (the context is cancelled or exits) leaves without the lock.
     */
    public void acquire(ThreadState state, Node location) {
        if (HOLDER.compareAndSet(this, (Thread) null, state.thread())) {
            taken(state);
        } else {
            acquireContended(state, location, System.nanoTime());
        }
    }

    /** Takes the lock unless this thread holds it already; returns whether it took it (to release it later). */
    public boolean acquireIfNotHeld(ThreadState state, Node location) {
        if (holder == state.thread()) {
            return false;
        }
        acquire(state, location);
        return true;
    }

    /** Drops the lock; only its holder may call this. */
    public void release() {
        if (trace != null) {
            trace.released(System.nanoTime());
        }
        holder = null;
        if (waiters > 0) {
            mutex.lock();
            try {
                releasedCondition.signal();
            } finally {
                mutex.unlock();
            }
        }
    }

    /** Drops the lock if this thread holds it; returns the state to take it back with, else null. */
    public ThreadState releaseIfHeld() {
        if (holder != Thread.currentThread()) {
            return null;
        }
        ThreadState state = current;
        release();
        return state;
    }

    private void taken(ThreadState state) {
        current = state;
        state.acquisitions++;
        Thread me = state.thread();
        if (lastHolder != me || pendingDrop != null) {
            switched(me);
        }
        if (trace != null) {
            trace.acquired(state, System.nanoTime());
        }
    }

    /** A (possibly) different thread took the lock: count the switch, wake a forced dropper, forget requests. */
    @TruffleBoundary
    private void switched(Thread me) {
        mutex.lock();
        try {
            pendingDrop = null;
            if (lastHolder != me) {
                lastHolder = me;
                switches++;
                switchedCondition.signalAll();
            }
        } finally {
            mutex.unlock();
        }
    }

    /**
     * CPython's take_gil for a thread that found the lock taken; it has been waiting since {@code start} (when it
     * dropped the lock, after a forced drop), which is when its switch interval starts.
     */
    @TruffleBoundary
    private void acquireContended(ThreadState state, Node location, long start) {
        Thread me = state.thread();
        long wait = Math.max(1, start + intervalNanos() - System.nanoTime());
        PyException pending = null;
        boolean took = false;
        mutex.lock();
        waiters++;
        mutex.unlock();
        try {
            while (!(took = HOLDER.compareAndSet(this, (Thread) null, me))) {
                long seen = switches;
                boolean timedOut;
                try {
                    timedOut = TruffleSafepoint.setBlockedThreadInterruptibleFunction(location, this::awaitRelease, wait);
                } catch (PyException e) {
                    // raised by a safepoint action while waiting (KeyboardInterrupt): raised again once we run
                    if (pending == null) {
                        pending = e;
                    }
                    continue;
                }
                if (timedOut && !settings.tickMode() && holder != null && switches == seen) {
                    requestDrop(state);
                }
                wait = intervalNanos();
            }
        } finally {
            mutex.lock();
            try {
                waiters--;
                if (!took && holder == null && waiters > 0) {
                    releasedCondition.signal(); // pass on a wake-up we may have consumed
                }
            } finally {
                mutex.unlock();
            }
        }
        long now = System.nanoTime();
        state.contendedAcquisitions++;
        state.waitNanos += now - start;
        taken(state);
        if (trace != null) {
            trace.waited(state, start, now);
        }
        if (pending != null) {
            raiseLater(me, pending);
        }
    }

    /**
     * Raises an exception that a safepoint action threw while this thread waited for the GIL at its next
     * safepoint instead, as CPython delivers signals: whatever the thread was taking the GIL back for (a lock it
     * just acquired, a line it just read) completes first.
     */
    private void raiseLater(Thread me, PyException pending) {
        try {
            env.submitThreadLocal(new Thread[]{me}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    throw pending;
                }
            });
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw pending;
        }
    }

    /** Waits up to {@code nanos} for a release; true when the time ran out. */
    private Boolean awaitRelease(Long nanos) throws InterruptedException {
        mutex.lock();
        try {
            return holder != null && !releasedCondition.await(nanos, TimeUnit.NANOSECONDS);
        } finally {
            mutex.unlock();
        }
    }

    /** CPython's SET_GIL_DROP_REQUEST: asks the holder, through a thread-local action, to drop the lock. */
    private void requestDrop(ThreadState waiter) {
        DropRequest request;
        mutex.lock();
        try {
            Thread target = holder;
            if (target == null || pendingDrop != null) {
                return;
            }
            request = new DropRequest(target);
            pendingDrop = request;
            dropRequests++;
            waiter.dropRequests++;
        } finally {
            mutex.unlock();
        }
        if (trace != null) {
            trace.dropRequested(waiter, System.nanoTime());
        }
        try {
            env.submitThreadLocal(new Thread[]{request.target}, request);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the holder is leaving the context: it releases the lock anyway
            pendingDrop = null;
        }
    }

    /** Performed by the holder at a safepoint: drop the lock and let the thread that asked for it run. */
    private final class DropRequest extends ThreadLocalAction {
        final Thread target;

        DropRequest(Thread target) {
            super(true, false);
            this.target = target;
        }

        @Override
        protected void perform(Access access) {
            if (holder == target && pendingDrop == this) {
                forcedDrop(access.getLocation());
            }
        }
    }

    @TruffleBoundary
    private void forcedDrop(Node location) {
        ThreadState state = current;
        Thread me = state.thread();
        mutex.lock();
        try {
            pendingDrop = null;
            forcedDrops++;
            state.forcedDrops++;
        } finally {
            mutex.unlock();
        }
        long dropped = System.nanoTime();
        release();
        awaitSwitch(me);
        if (HOLDER.compareAndSet(this, (Thread) null, me)) {
            taken(state);
        } else {
            acquireContended(state, location, dropped);
        }
    }

    /** FORCE_SWITCHING: do not compete for the lock again before another thread has had it. */
    private void awaitSwitch(Thread me) {
        mutex.lock();
        try {
            while (lastHolder == me && waiters > 0) {
                try {
                    switchedCondition.await(intervalNanos(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // a safepoint is pending: it is processed once we hold the lock again
                }
            }
        } finally {
            mutex.unlock();
        }
    }

    // ---- tick mode -------------------------------------------------------------------------------------------

    /** A tick (loop iteration or call) of the holder; only called when some context counts ticks. */
    void tick(Node location) {
        if (--ticker <= 0) {
            tickCheck(location);
        }
    }

    /** Python 2's periodic check: release, then immediately try to take the lock back. */
    @TruffleBoundary
    private void tickCheck(Node location) {
        if (!settings.tickMode()) {
            ticker = Integer.MAX_VALUE;
            return;
        }
        ticker = settings.ticks();
        if (waiters == 0 || holder != Thread.currentThread()) {
            return;
        }
        ThreadState state = current;
        forcedDrops++;
        state.forcedDrops++;
        release();
        acquire(state, location);
    }

    // ---- releasing around blocking operations ----------------------------------------------------------------

    /**
     * Runs a blocking operation with the GIL released (CPython's {@code Py_BEGIN_ALLOW_THREADS}): sleeping,
     * waiting for locks, queues, joins and processes, reading and writing files, pipes and sockets. The operation
     * runs as a Truffle blocked section, so safepoint actions (Ctrl-C's KeyboardInterrupt, cancellation) interrupt
     * it; it is then called again, so it must compute its remaining time from a deadline. Its value is returned
     * once the GIL is held again. Call it from guest code (a builtin); a thread not holding the GIL just runs the
     * operation.
     *
     * <pre>
     * GlobalInterpreterLock.blocking(location, d -> semaphore.tryAcquire(Timeouts.remaining(d), NANOSECONDS),
     *         Timeouts.deadline(seconds));
     * </pre>
     */
    @TruffleBoundary
    public static <T, R> R blocking(Node location, InterruptibleFunction<T, R> operation, T argument) {
        return KraitContext.get(location).gil().releasedDuring(location, operation, argument);
    }

    /** An I/O operation for {@link #blockingIO}. */
    @FunctionalInterface
    public interface IOOperation<R> {
        R run() throws IOException;
    }

    /**
     * {@link #blocking} for reads and writes of files, pipes, sockets and the standard streams: runs
     * {@code operation} with the GIL released and returns its value (or throws its IOException) with the GIL held.
     */
    @TruffleBoundary
    public static <R> R blockingIO(Node location, IOOperation<R> operation) throws IOException {
        return KraitContext.get(location).gil().releasedDuringIO(location, operation);
    }

    /**
     * Releases the GIL until the returned handle is closed, for work that runs outside the interpreter and
     * touches no Python objects ({@code @jit(nogil=True)} bodies, large array kernels, hashing big buffers):
     *
     * <pre>
     * try (var unlocked = GlobalInterpreterLock.unlocked(location)) {
     *     kernel(data);   // other Python threads run meanwhile
     * }
     * </pre>
     */
    @TruffleBoundary
    public static Unlocked unlocked(Node location) {
        GlobalInterpreterLock gil = KraitContext.get(location).gil();
        return new Unlocked(gil, gil.releaseIfHeld(), location);
    }

    /** {@link #blocking} on this lock, for code that holds a reference to it (the standard streams). */
    @TruffleBoundary
    public <T, R> R releasedDuring(Node location, InterruptibleFunction<T, R> operation, T argument) {
        ThreadState state = releaseIfHeld();
        try {
            return TruffleSafepoint.setBlockedThreadInterruptibleFunction(location, operation, argument);
        } finally {
            if (state != null) {
                acquire(state, location);
            }
        }
    }

    /** {@link #blockingIO} on this lock. */
    @TruffleBoundary
    public <R> R releasedDuringIO(Node location, IOOperation<R> operation) throws IOException {
        try {
            return releasedDuring(location, op -> {
                try {
                    return op.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, operation);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The handle of {@link #unlocked}: closing it takes the GIL back. */
    public static final class Unlocked implements AutoCloseable {
        private final GlobalInterpreterLock gil;
        private final ThreadState state;
        private final Node location;

        private Unlocked(GlobalInterpreterLock gil, ThreadState state, Node location) {
            this.gil = gil;
            this.state = state;
            this.location = location;
        }

        @Override
        public void close() {
            if (state != null) {
                gil.acquire(state, location);
            }
        }
    }

    // ---- statistics and trace --------------------------------------------------------------------------------

    /** Times the lock went from one thread to another. */
    public long switches() {
        return switches;
    }

    /** Times a waiting thread asked the holder to drop the lock. */
    public long dropRequests() {
        return dropRequests;
    }

    /** Times a holder dropped the lock on request. */
    public long forcedDrops() {
        return forcedDrops;
    }

    /** Writes the {@code -X gil-trace} file, if one was asked for (when the context is disposed). */
    public void writeTrace() throws IOException {
        if (trace != null) {
            trace.write(threadStates(), this, isHeldByCurrentThread());
        }
    }
}
