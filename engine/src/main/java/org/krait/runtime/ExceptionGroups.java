package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * Exception groups (PEP 654): {@code BaseExceptionGroup(message, exceptions)} holds a message and a tuple of
 * exceptions, and {@code split()}/{@code subgroup()} take it apart by type or predicate, keeping its nesting. The
 * {@code except*} statement matches with {@link #match} and ends with {@link #reraise}.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    public static boolean isGroup(PyBaseException e) {
        return e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
    }

    /** The group's exceptions, as its {@code exceptions} attribute holds them. */
    public static Object[] exceptions(PyBaseException group) {
        return ((PyTuple) group.attributes().get("exceptions")).items();
    }

    /**
     * {@code BaseExceptionGroup.__new__}: checks the arguments as CPython does and picks the class. Asked for a
     * BaseExceptionGroup of Exceptions only, it makes an ExceptionGroup; an ExceptionGroup may not hold other
     * BaseExceptions.
     */
    @TruffleBoundary
    public static PyBaseException create(PyType cls, PyTuple args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyErrors.typeError(cls.name() + "() takes no keyword arguments");
        }
        if (args.size() != 2) {
            throw PyErrors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.size()
                    + " given)");
        }
        if (!(args.get(0) instanceof String message)) {
            throw PyErrors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                    + Ops.typeName(args.get(0)));
        }
        Object[] items = sequenceItems(args.get(1));
        boolean onlyExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw PyErrors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            onlyExceptions &= e.type().isSubtypeOf(ExceptionTypes.EXCEPTION);
        }
        if (cls == ExceptionTypes.BASE_EXCEPTION_GROUP && onlyExceptions) {
            cls = ExceptionTypes.EXCEPTION_GROUP;
        } else if (cls.isSubtypeOf(ExceptionTypes.EXCEPTION) && !onlyExceptions) {
            throw PyErrors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        PyBaseException group = new PyBaseException(cls, args);
        group.attributes().put("message", message);
        group.attributes().put("exceptions", new PyTuple(items));
        return group;
    }

    private static Object[] sequenceItems(Object o) {
        boolean sequence = o instanceof PyList || o instanceof PyTuple || o instanceof String || o instanceof PyBytes
                || o instanceof PyRange || !(o instanceof PyDict) && PyType.of(o).lookup("__getitem__") != null;
        if (!sequence) {
            throw PyErrors.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] items = Ops.toArray(o);
        if (items.length == 0) {
            throw PyErrors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        return items;
    }

    /** {@code str(group)}: "message (2 sub-exceptions)". */
    public static String str(PyBaseException group) {
        int n = exceptions(group).length;
        return group.attributes().get("message") + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** {@code group.split(condition)}: the matching part and the rest, each a group or None. */
    @TruffleBoundary
    public static PyTuple split(PyBaseException group, Object condition) {
        PyBaseException[] parts = split(group, matcher(condition), true);
        return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
    }

    /** {@code group.subgroup(condition)}: the matching part, or None. */
    @TruffleBoundary
    public static Object subgroup(PyBaseException group, Object condition) {
        return orNone(split(group, matcher(condition), false)[0]);
    }

    private static Object orNone(PyBaseException e) {
        return e == null ? PyNone.NONE : e;
    }

    /** What a condition of split() or subgroup() accepts: an exception type, a tuple of them, or a predicate. */
    private static Predicate<PyBaseException> matcher(Object condition) {
        if (condition instanceof PyType || condition instanceof PyTuple) {
            checkTypes(condition, "expected a function, exception type or tuple of exception types");
            return e -> ExceptionTypes.matches(e.type(), condition);
        }
        if (Calls.isCallable(condition)) {
            return e -> Ops.isTrue(Calls.call(condition, e));
        }
        throw PyErrors.typeError("expected a function, exception type or tuple of exception types");
    }

    private static void checkTypes(Object types, String message) {
        Object[] all = types instanceof PyTuple t ? t.items() : new Object[]{types};
        for (Object o : all) {
            if (!(o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION))) {
                throw PyErrors.typeError(message);
            }
        }
    }

    /**
     * Splits {@code exc} into what {@code matches} (the whole of it when it matches itself) and the rest, each
     * rebuilt with the group's {@code derive} and given the group's traceback, cause, context and notes.
     */
    private static PyBaseException[] split(PyBaseException exc, Predicate<PyBaseException> matches, boolean withRest) {
        if (matches.test(exc)) {
            return new PyBaseException[]{exc, null};
        }
        if (!isGroup(exc)) {
            return new PyBaseException[]{null, exc};
        }
        List<Object> match = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object o : exceptions(exc)) {
            PyBaseException[] part = split((PyBaseException) o, matches, withRest);
            if (part[0] != null) {
                match.add(part[0]);
            }
            if (withRest && part[1] != null) {
                rest.add(part[1]);
            }
        }
        return new PyBaseException[]{derived(exc, match), derived(exc, rest)};
    }

    private static PyBaseException derived(PyBaseException group, List<Object> exceptions) {
        if (exceptions.isEmpty()) {
            return null;
        }
        Object made = Calls.call(Attributes.get(group, "derive"), new PyList(exceptions.toArray()));
        if (!(made instanceof PyBaseException d && isGroup(d))) {
            throw PyErrors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        d.traceback = group.traceback;
        d.cause = group.cause;
        d.context = group.context;
        if (group.attributes().get("__notes__") instanceof Object notes) {
            d.attributes().put("__notes__", new PyList(Ops.toArray(notes)));
        }
        return d;
    }

    // ---- except* ----------------------------------------------------------------------------------------

    /**
     * One {@code except* T} clause against what is left of the exception: {match, rest}, either null. A matching
     * exception that is not a group is handled wrapped in one (with its traceback).
     */
    @TruffleBoundary
    public static PyBaseException[] match(PyBaseException exc, Object types) {
        checkTypes(types, "catching classes that do not inherit from BaseException is not allowed");
        if (types instanceof PyType t ? t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)
                : types instanceof PyTuple tuple && java.util.Arrays.stream(tuple.items())
                .anyMatch(o -> ((PyType) o).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP))) {
            throw PyErrors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        if (ExceptionTypes.matches(exc.type(), types)) {
            if (isGroup(exc)) {
                return new PyBaseException[]{exc, null};
            }
            PyBaseException wrapped = create(ExceptionTypes.BASE_EXCEPTION_GROUP, PyTuple.of("", PyTuple.of(exc)),
                    new PyDict());
            wrapped.traceback = exc.traceback;
            return new PyBaseException[]{wrapped, null};
        }
        if (isGroup(exc)) {
            PyTuple parts = (PyTuple) Calls.call(Attributes.get(exc, "split"), types);
            return new PyBaseException[]{group(parts.get(0)), group(parts.get(1))};
        }
        return new PyBaseException[]{null, exc};
    }

    private static PyBaseException group(Object o) {
        return o instanceof PyBaseException e ? e : null;
    }

    /**
     * What an {@code except*} statement raises when its clauses are done (null: nothing): the exceptions its
     * handlers raised, and what they re-raised ({@code reraised}: the matches themselves) together with what no
     * clause matched, put back in {@code original}'s shape.
     */
    @TruffleBoundary
    public static PyBaseException reraise(PyBaseException original, List<PyBaseException> raised,
                                          List<PyBaseException> reraised, PyBaseException rest) {
        if (rest != null) {
            reraised.add(rest);
        }
        if (!isGroup(original)) {
            // a lone exception: at most one clause ran, so there is one thing to raise at most
            return !raised.isEmpty() ? raised.get(0) : reraised.isEmpty() ? null : reraised.get(0);
        }
        IdentityHashMap<PyBaseException, Boolean> leaves = new IdentityHashMap<>();
        for (PyBaseException e : reraised) {
            collectLeaves(e, leaves);
        }
        PyBaseException kept = leaves.isEmpty() ? null : split(original, leaves::containsKey, false)[0];
        if (raised.isEmpty()) {
            return kept;
        }
        List<Object> all = new ArrayList<>(raised);
        if (kept != null) {
            all.add(kept);
        }
        return all.size() == 1 ? (PyBaseException) all.get(0)
                : create(ExceptionTypes.BASE_EXCEPTION_GROUP, PyTuple.of("", new PyList(all.toArray())), new PyDict());
    }

    private static void collectLeaves(PyBaseException e, IdentityHashMap<PyBaseException, Boolean> leaves) {
        if (isGroup(e)) {
            for (Object o : exceptions(e)) {
                collectLeaves((PyBaseException) o, leaves);
            }
        } else {
            leaves.put(e, Boolean.TRUE);
        }
    }
}
