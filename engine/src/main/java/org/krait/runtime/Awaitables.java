package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * What {@code await} works on. A coroutine is resumed directly; any other awaitable gives an iterator through
 * {@code __await__}. Async generators yield two kinds of things through the same generator machinery: the
 * suspensions of their own awaits, which pass up to whoever drives the coroutine, and their values, marked
 * as {@link AsyncGenYield}, which end the current {@code __anext__} step.
 */
public final class Awaitables {
    private Awaitables() {
    }

    /** An iterator that values can be sent and exceptions thrown into (generators, coroutines, anext steps). */
    public interface Resumable {
        /** The next value, or null at the end; {@code toThrow} is raised at the suspension point. */
        Object resume(Object sent, PyException toThrow);
    }

    /** A value an async generator yields (as opposed to an await suspending it). */
    public record AsyncGenYield(Object value) {
    }

    /** The iterator {@code await o} delegates to. */
    @TruffleBoundary
    public static PyIterator awaitIterator(Object o) {
        if (o instanceof PyGenerator g && g.type() == PyType.COROUTINE || o instanceof Step
                || o instanceof PyIterator it && it.type() == WRAPPER) {
            return (PyIterator) o;
        }
        Object await = PyType.of(o).lookup("__await__");
        if (await == null) {
            throw PyErrors.typeError("object " + Ops.typeName(o) + " can't be used in 'await' expression");
        }
        Object it = Calls.call(await, o);
        if (it instanceof PyIterator pi && pi.isIterator() || SpecialMethods.find(it, "__next__") != null) {
            return Ops.iter(it);
        }
        throw PyErrors.typeError("__await__() returned non-iterator of type '" + Ops.typeName(it) + "'");
    }

    /** {@code agen.__anext__()} / {@code agen.asend(v)}: an awaitable that runs the generator to its next value. */
    public static PyIterator anext(PyGenerator gen, Object sent) {
        return new Step(gen, sent, null, false);
    }

    /** {@code agen.athrow(e)}: an awaitable that raises {@code e} in the generator. */
    public static PyIterator athrow(PyGenerator gen, PyException e) {
        return new Step(gen, PyNone.NONE, e, false);
    }

    /** {@code agen.aclose()}: an awaitable that raises GeneratorExit in the generator. */
    public static PyIterator aclose(PyGenerator gen) {
        return new Step(gen, PyNone.NONE, PyErrors.createWithArgs(ExceptionTypes.GENERATOR_EXIT), true);
    }

    /** {@code coro.__await__()}: an iterator that drives the coroutine. */
    public static PyIterator wrapper(PyGenerator coro) {
        return new PyIterator(WRAPPER) {
            @Override
            public Object next() {
                return coro.next();
            }

            @Override
            public Object returnValue() {
                return coro.returnValue();
            }
        };
    }

    /** The type of async generator steps, whose methods the builtins define. */
    public static PyType stepType() {
        return Step.TYPE;
    }

    private static final PyType WRAPPER = PyType.newBuiltin("coroutine_wrapper");

    /** One step of an async generator ({@code __anext__}, {@code asend}, {@code athrow}, {@code aclose}). */
    static final class Step extends PyIterator implements Resumable {
        static final PyType TYPE = PyType.newBuiltin("async_generator_asend");

        private final PyGenerator gen;
        private Object firstSent;
        private PyException firstThrown;
        /** aclose(): the generator must finish; yielding a value is an error. */
        private final boolean closing;
        private boolean started;
        private Object result = PyNone.NONE;
        private boolean done;

        Step(PyGenerator gen, Object sent, PyException thrown, boolean closing) {
            super(TYPE);
            this.gen = gen;
            this.firstSent = sent;
            this.firstThrown = thrown;
            this.closing = closing;
        }

        @Override
        public Object next() {
            return resume(PyNone.NONE, null);
        }

        @Override
        public Object resume(Object sent, PyException toThrow) {
            if (done) {
                return null;
            }
            if (!started) {
                started = true;
                sent = firstSent;
                toThrow = firstThrown;
            }
            Object v;
            try {
                v = gen.resume(sent, toThrow);
            } catch (PyException e) {
                done = true;
                if (closing && (e.type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)
                        || e.type().isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION))) {
                    return null;
                }
                throw e;
            }
            if (v == null) {
                done = true;
                if (closing) {
                    return null;
                }
                throw PyErrors.createWithArgs(ExceptionTypes.STOP_ASYNC_ITERATION);
            }
            if (v instanceof AsyncGenYield y) {
                done = true;
                if (closing) {
                    throw PyErrors.create(ExceptionTypes.RUNTIME_ERROR, "async generator ignored GeneratorExit");
                }
                result = y.value();
                return null;
            }
            return v;
        }

        @Override
        public Object returnValue() {
            return result;
        }

        @Override
        public boolean isIterator() {
            return false;
        }
    }
}
