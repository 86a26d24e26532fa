package org.krait.gil;

import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyModule;
import org.krait.runtime.Repr;
import org.krait.runtime.Traceback;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Python threads of one context: starting them ({@code _thread.start_new_thread}), interrupting the main
 * thread (Ctrl-C, {@code _thread.interrupt_main}) and ending them when the program exits.
 */
public final class PythonThreads {
    /** Stack of a new thread unless {@code _thread.stack_size} sets one: room for the default recursion limit. */
    public static final long DEFAULT_STACK_SIZE = 64L << 20;
    /** How long the exit waits for abandoned threads to unwind. */
    private static final long KILL_TIMEOUT_MILLIS = 2000;

    private final KraitContext context;
    /** Threads started by {@link #start} whose Python function has not returned. */
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();
    /** Threads started by {@link #start} that may not have left the context yet (pruned as they die). */
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();
    private volatile long stackSize;

    public PythonThreads(KraitContext context) {
        this.context = context;
    }

    /** {@code _thread.start_new_thread}: runs {@code function(*args, **kwargs)} in a new thread; its ident. */
    public long start(Object function, Object[] args, String[] kwNames, Object[] kwValues) {
        Env env = context.env();
        if (!env.isCreateThreadAllowed()) {
            throw PyErrors.runtimeError("can't start new thread");
        }
        Thread thread = null;
        try {
            thread = env.newTruffleThreadBuilder(() -> run(function, args, kwNames, kwValues))
                    .stackSize(stackSize == 0 ? DEFAULT_STACK_SIZE : stackSize).build();
            // never keeps the JVM alive: the exit joins or ends Python threads itself
            thread.setDaemon(true);
            thread.setName("Thread-" + thread.threadId());
            started.removeIf(t -> !t.isAlive());
            started.add(thread);
            running.add(thread);
            thread.start();
        } catch (IllegalStateException | SecurityException | OutOfMemoryError e) {
            if (thread != null) {
                running.remove(thread);  // it never ran
                started.remove(thread);
            }
            throw PyErrors.runtimeError("can't start new thread");
        }
        return thread.threadId();
    }

    private void run(Object function, Object[] args, String[] kwNames, Object[] kwValues) {
        Thread me = Thread.currentThread();
        ThreadState state = context.threadStateOfCurrentThread();
        GlobalInterpreterLock gil = context.gil();
        try {
            gil.acquire(state, null);
            Calls.call(function, args, kwNames, kwValues);
        } catch (PyException e) {
            if (!e.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT) && gil.isHeldByCurrentThread()) {
                unraisable("Exception ignored in thread started by: " + Repr.repr(function), e);
            }
        } catch (ThreadKill e) {
            // the program exited
        } finally {
            state.finish();
            running.remove(me);
            if (gil.isHeldByCurrentThread()) {
                gil.release();
            }
        }
    }

    /** Number of threads started by {@code _thread} still running ({@code _thread._count()}). */
    public int count() {
        return running.size();
    }

    /** {@code _thread.stack_size()}: 0 means the default. */
    public long stackSize() {
        return stackSize;
    }

    public void setStackSize(long size) {
        stackSize = size;
    }

    /**
     * Raises KeyboardInterrupt in the main thread at its next safepoint: in running code, or in whatever it waits
     * for (sleep, lock, join), as CPython's default SIGINT handler does.
     */
    public void interruptMain() {
        List<ThreadState> states = context.gil().threadStates();
        if (states.isEmpty() || states.get(0).isFinished()) {
            return;
        }
        try {
            context.env().submitThreadLocal(new Thread[]{states.get(0).thread()}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    throw PyErrors.createWithArgs(ExceptionTypes.KEYBOARD_INTERRUPT);
                }
            });
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the context is closing or the main thread left it
        }
    }

    /** Ctrl-C raises KeyboardInterrupt in the main thread (the launcher asks for this; embedders do not). */
    public void handleSigint() {
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> interruptMain());
    }

    /**
     * The program ends normally: like CPython's finalization, join the non-daemon threads through
     * {@code threading._shutdown()} (if {@code threading} was imported), then end every thread still running.
     */
    public void exit(ThreadState state) {
        GlobalInterpreterLock gil = context.gil();
        boolean took = gil.acquireIfNotHeld(state, null);
        try {
            Object threading = context.modules().get("threading");
            Object shutdown = threading == null ? null : org.krait.runtime.Attributes.getOrNull(threading, "_shutdown");
            if (shutdown != null) {
                try {
                    Calls.call(shutdown);
                } catch (PyException e) {
                    unraisable("Exception ignored in: " + Repr.repr(threading), e);
                }
            }
        } finally {
            if (took) {
                gil.release();
            }
        }
        ThreadState held = gil.releaseIfHeld();
        try {
            endRunning();
        } finally {
            if (held != null) {
                gil.acquire(held, null);
            }
        }
        // what the threads printed after the main program ended
        context.flushStreams();
    }

    /**
     * Unwinds the threads still running (daemon threads) and waits for every thread to leave the context, which
     * Truffle requires before it closes (a thread whose function returned may still be on its way out).
     */
    private void endRunning() {
        List<Thread> killed = new ArrayList<>(running);
        if (!killed.isEmpty()) {
            try {
                context.env().submitThreadLocal(killed.toArray(new Thread[0]), new ThreadLocalAction(false, false) {
                    @Override
                    protected void perform(Access access) {
                        throw new ThreadKill();
                    }
                });
            } catch (IllegalStateException | IllegalArgumentException e) {
                // the threads left the context meanwhile
            }
        }
        long deadline = System.currentTimeMillis() + KILL_TIMEOUT_MILLIS;
        for (Thread t : new ArrayList<>(started)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            try {
                t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    /** CPython's default unraisable hook: a header line, then the traceback, on stderr. */
    private void unraisable(String header, PyException e) {
        try {
            context.stdout.flush();
            context.stderr.write(header + "\n" + Traceback.format(e.exception()));
            context.stderr.flush();
        } catch (PyException ignored) {
            // stderr is gone: nowhere to report
        }
    }
}
