package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A generator: the suspended frame of a generator function plus the code that resumes it. Each resumption
 * runs the body from the top; the body's statements skip forward to where the last {@code yield} left off.
 */
public final class PyGenerator extends PyIterator implements Awaitables.Resumable {
    /** What the body's call target returns when the generator finished instead of yielding. */
    public static final Object FINISHED = new Object();

    private final MaterializedFrame frame;
    private final RootCallTarget body;
    public final String name;
    public final String qualname;
    private boolean running;
    private boolean finished;
    private boolean started;
    /** Value for the {@code yield} expression being resumed ({@code send}), or an exception to raise there. */
    private Object sent = PyNone.NONE;
    private PyException thrown;
    private Object returnValue = PyNone.NONE;

    /** {@code type} is GENERATOR, COROUTINE (async def) or ASYNC_GENERATOR (async def with yield). */
    public PyGenerator(PyType type, MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        super(type);
        this.frame = frame;
        this.body = body;
        this.name = name;
        this.qualname = qualname;
    }

    public MaterializedFrame frame() {
        return frame;
    }

    /** Called by the resumed {@code yield}: the sent value, or raises what {@code throw()} passed in. */
    public Object takeSent() {
        PyException t = thrown;
        if (t != null) {
            thrown = null;
            throw t;
        }
        Object v = sent;
        sent = PyNone.NONE;
        return v;
    }

    public void setReturnValue(Object value) {
        returnValue = value;
    }

    @Override
    public Object next() {
        return resume(PyNone.NONE, null);
    }

    /** {@code gen.send(value)}: the next yielded value, or null when the generator finished. */
    @TruffleBoundary
    @Override
    public Object resume(Object value, PyException toThrow) {
        if (running) {
            throw PyErrors.create(ExceptionTypes.VALUE_ERROR, "generator already executing");
        }
        if (finished) {
            returnValue = PyNone.NONE;  // only the first StopIteration after the return carries its value
            if (toThrow != null) {
                throw toThrow;
            }
            return null;
        }
        if (!started && value != PyNone.NONE && toThrow == null) {
            throw PyErrors.typeError("can't send non-None value to a just-started generator");
        }
        if (!started && toThrow != null) {
            finished = true;
            throw toThrow;
        }
        started = true;
        sent = value;
        thrown = toThrow;
        running = true;
        try {
            Object r = body.call(this);
            if (r == FINISHED) {
                finished = true;
                return null;
            }
            return r;
        } catch (PyException e) {
            finished = true;
            if (e.type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                PyException re = PyErrors.runtimeError("generator raised StopIteration");
                re.exception().cause = e.exception();
                re.exception().context = e.exception();
                throw re;
            }
            throw e;
        } finally {
            running = false;
        }
    }

    /** Coroutines and async generators are driven by send() and await, not by iteration. */
    @Override
    public boolean isIterator() {
        return type() == PyType.GENERATOR;
    }

    /** The value of {@code return x} in the generator, for {@code yield from} and StopIteration. */
    @Override
    public Object returnValue() {
        return returnValue;
    }

    /** {@code gi_frame}: the suspended frame's variables. */
    public PyFrame frameSnapshot() {
        Object owner = frame.getArguments()[0];
        PyModule globals = owner instanceof PyFunction f ? f.globals() : null;
        PyCode code = owner instanceof PyFunction f ? f.code().object() : PyCode.module(null, "", "exec");
        return new PyFrame(globals, PyFrame.localsOf(frame), 0, code, () -> null);
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isFinished() {
        return finished;
    }

    /** {@code gen.close()}: raises GeneratorExit inside; the generator must not yield again. */
    @TruffleBoundary
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            Object r = resume(PyNone.NONE, PyErrors.createWithArgs(ExceptionTypes.GENERATOR_EXIT));
            if (r != null) {
                throw PyErrors.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
                throw e;
            }
        }
    }
}
