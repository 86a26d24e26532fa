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

    /** {@code agen.__anext__()}: an awaitable that runs the async generator to its next value. */
    public static PyIterator anext(PyGenerator gen) {
        return new Step(gen);
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

    /** An awaitable that is already complete (its value None). */
    public static PyIterator done() {
        return new PyIterator(WRAPPER) {
            @Override
            public Object next() {
                return null;
            }
        };
    }

    private static final PyType WRAPPER = PyType.newBuiltin("coroutine_wrapper");

    /** One {@code __anext__} step of an async generator. */
    private static final class Step extends PyIterator {
        static final PyType TYPE = PyType.newBuiltin("async_generator_asend");

        private final PyGenerator gen;
        private Object result = PyNone.NONE;
        private boolean done;

        Step(PyGenerator gen) {
            super(TYPE);
            this.gen = gen;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            Object v = gen.resume(PyNone.NONE, null);
            if (v == null) {
                done = true;
                throw PyErrors.createWithArgs(ExceptionTypes.STOP_ASYNC_ITERATION);
            }
            if (v instanceof AsyncGenYield y) {
                done = true;
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
