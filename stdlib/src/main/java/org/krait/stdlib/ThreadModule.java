package org.krait.stdlib;

import org.krait.gil.PythonThreads;
import org.krait.gil.ThreadState;
import org.krait.gil.Timeouts;
import org.krait.runtime.BuiltinImpl;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;
import org.krait.runtime.Traceback;

import java.util.Set;

/**
 * The {@code _thread} module: starting threads, thread idents, and the lock types that {@code threading},
 * {@code queue} and {@code concurrent.futures} build on.
 */
public final class ThreadModule implements ModuleProvider {
    /** CPython's {@code _thread.TIMEOUT_MAX} on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;
    private static final long MIN_STACK_SIZE = 32768;

    static final PyType LOCK = PyType.newBuiltin("_thread", "lock");
    static final PyType RLOCK = PyType.newBuiltin("_thread", "RLock");
    static final PyType LOCAL = PyType.newBuiltin("_thread", "_local");

    static {
        defineLock();
        defineRLock();
        defineLocal();
    }

    @Override
    public Set<String> moduleNames() {
        return Set.of("_thread");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("_thread");
        PythonThreads threads = context.threads();
        m.setAttribute("LockType", LOCK);
        m.setAttribute("RLock", RLOCK);
        m.setAttribute("_local", LOCAL);
        m.setAttribute("error", ExceptionTypes.RUNTIME_ERROR);
        m.setAttribute("TIMEOUT_MAX", TIMEOUT_MAX);
        m.def("_thread.start_new_thread", "function, args, kwargs=None, /", a -> startNewThread(threads, a));
        m.setAttribute("start_new", m.getAttribute("start_new_thread"));
        m.def("_thread.allocate_lock", "", a -> new PyLock(LOCK));
        m.setAttribute("allocate", m.getAttribute("allocate_lock"));
        m.def("_thread.get_ident", "", a -> Thread.currentThread().threadId());
        m.def("_thread.get_native_id", "", a -> context.threadState().nativeId());
        m.def("_thread._count", "", a -> (long) threads.count());
        m.def("_thread.daemon_threads_allowed", "", a -> true);
        m.def("_thread.stack_size", "size=0, /", a -> {
            long size = Ops.index(a[0]);
            if (size != 0 && size < MIN_STACK_SIZE) {
                throw PyErrors.valueError("size not valid: " + size + " bytes");
            }
            long old = threads.stackSize();
            threads.setStackSize(size);
            return old;
        });
        m.def("_thread.interrupt_main", "signum=2, /", a -> {
            if (Ops.index(a[0]) != 2) {
                throw PyErrors.valueError("only SIGINT (2) can be simulated in the main thread");
            }
            threads.interruptMain();
            return PyNone.NONE;
        });
        m.def("_thread.exit", "", a -> {
            throw PyErrors.createWithArgs(ExceptionTypes.SYSTEM_EXIT);
        });
        m.setAttribute("exit_thread", m.getAttribute("exit"));
        // Krait's own: threading names the thread in GIL statistics and traces, and prints its exceptions
        m.def("_thread._set_name", "name, /", a -> {
            ThreadState state = context.threadState();
            state.setName(Repr.str(a[0]));
            Thread.currentThread().setName(Repr.str(a[0]));
            return PyNone.NONE;
        });
        m.def("_thread._format_exception", "exc, /", a -> {
            if (!(a[0] instanceof PyBaseException e)) {
                throw PyErrors.typeError("_format_exception() argument must be an exception");
            }
            return Traceback.format(e);
        });
        return m;
    }

    private static Object startNewThread(PythonThreads threads, Object[] a) {
        if (!Calls.isCallable(a[0])) {
            throw PyErrors.typeError("first arg must be callable");
        }
        if (!(a[1] instanceof PyTuple args)) {
            throw PyErrors.typeError("2nd arg must be a tuple");
        }
        Object[] positional = args.items().clone();
        if (a[2] == PyNone.NONE) {
            return threads.start(a[0], positional, Calls.NO_KEYWORDS, Calls.NO_VALUES);
        }
        if (!(a[2] instanceof PyDict kwargs)) {
            throw PyErrors.typeError("optional 3rd arg must be a dictionary");
        }
        return Calls.withKeywords(kwargs, (names, values) -> threads.start(a[0], positional, names, values));
    }

    // ---- lock ------------------------------------------------------------------------------------------------

    private static void defineLock() {
        BuiltinImpl acquire = a -> lock(a[0]).acquire(Ops.isTrue(a[1]), timeout(a[1], a[2]));
        method(LOCK, "acquire", "self, blocking=True, timeout=-1", acquire);
        method(LOCK, "acquire_lock", "self, blocking=True, timeout=-1", acquire);
        BuiltinImpl release = a -> {
            lock(a[0]).release();
            return PyNone.NONE;
        };
        method(LOCK, "release", "self, /", release);
        method(LOCK, "release_lock", "self, /", release);
        method(LOCK, "locked", "self, /", a -> lock(a[0]).isLocked());
        method(LOCK, "locked_lock", "self, /", a -> lock(a[0]).isLocked());
        method(LOCK, "__enter__", "self, /", a -> lock(a[0]).acquire(true, -1));
        method(LOCK, "__exit__", "self, *args", release);
        method(LOCK, "_at_fork_reinit", "self, /", a -> {
            lock(a[0]).reinit();
            return PyNone.NONE;
        });
        method(LOCK, "__repr__", "self, /", a -> "<" + (lock(a[0]).isLocked() ? "locked" : "unlocked")
                + " _thread.lock object at " + Repr.address(a[0]) + ">");
    }

    private static void defineRLock() {
        RLOCK.define("__new__", new PyBuiltinFunction("RLock", "cls, /, *args, **kwargs", a -> new PyRLock(RLOCK)));
        method(RLOCK, "acquire", "self, blocking=True, timeout=-1",
                a -> rlock(a[0]).acquire(Ops.isTrue(a[1]), timeout(a[1], a[2])));
        method(RLOCK, "__enter__", "self, /", a -> rlock(a[0]).acquire(true, -1));
        BuiltinImpl release = a -> {
            rlock(a[0]).release();
            return PyNone.NONE;
        };
        method(RLOCK, "release", "self, /", release);
        method(RLOCK, "__exit__", "self, *args", release);
        method(RLOCK, "_is_owned", "self, /", a -> rlock(a[0]).isOwned());
        method(RLOCK, "_recursion_count", "self, /", a -> rlock(a[0]).isOwned() ? rlock(a[0]).count() : 0L);
        method(RLOCK, "_release_save", "self, /", a -> {
            long[] state = rlock(a[0]).releaseAll();
            return PyTuple.of(state[0], state[1]);
        });
        method(RLOCK, "_acquire_restore", "self, state, /", a -> {
            if (!(a[1] instanceof PyTuple t) || t.size() != 2) {
                throw PyErrors.typeError("_acquire_restore() argument 1 must be 2-item sequence, not "
                        + Ops.typeName(a[1]));
            }
            rlock(a[0]).restore(Ops.index(t.get(0)));
            return PyNone.NONE;
        });
        method(RLOCK, "_at_fork_reinit", "self, /", a -> {
            rlock(a[0]).reinit();
            return PyNone.NONE;
        });
        method(RLOCK, "__repr__", "self, /", a -> {
            PyRLock r = rlock(a[0]);
            long owner = r.ownerIdent();
            return "<" + (owner != 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner + " count="
                    + r.count() + " at " + Repr.address(a[0]) + ">";
        });
    }

    // ---- _local ----------------------------------------------------------------------------------------------

    private static void defineLocal() {
        LOCAL.define("__new__", new PyBuiltinFunction("_local.__new__", "cls, /, *args, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            Object[] args = ((PyTuple) a[1]).items();
            PyDict kwargs = (PyDict) a[2];
            if ((args.length > 0 || kwargs.size() > 0) && cls.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
                throw PyErrors.typeError("Initialization arguments are not supported");
            }
            return Calls.withKeywords(kwargs, (names, values) -> new PyLocal(cls, args, names, values));
        }));
    }

    /**
     * The checked timeout of {@code acquire(blocking, timeout)} in seconds, -1 for "forever" (CPython's
     * {@code lock_acquire_parse_args}).
     */
    private static double timeout(Object blocking, Object timeout) {
        double t = Timeouts.timeout(timeout);
        if (!Ops.isTrue(blocking) && t != -1) {
            throw PyErrors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (t < 0 && t != -1) {
            throw PyErrors.valueError("timeout value must be positive");
        }
        return t;
    }

    private static void method(PyType type, String name, String spec, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(type.name() + "." + name, spec, impl);
        f.markMethod();
        type.define(name, f);
    }

    private static PyLock lock(Object self) {
        if (self instanceof PyLock l) {
            return l;
        }
        throw PyErrors.typeError("descriptor requires a '_thread.lock' object but received '" + Ops.typeName(self) + "'");
    }

    private static PyRLock rlock(Object self) {
        if (self instanceof PyRLock r) {
            return r;
        }
        throw PyErrors.typeError("descriptor requires a '_thread.RLock' object but received '" + Ops.typeName(self) + "'");
    }
}
