package org.krait.nodes.call;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.nodes.Node;
import org.krait.nodes.ExprNode;
import org.krait.nodes.expression.ReadAttributeNode;
import org.krait.runtime.Calls;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.Layout;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyInstance;
import org.krait.runtime.PySuper;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyType;
import org.krait.runtime.PyException;

/**
 * {@code obj.name(args)}: looks the method up on the receiver's type (cached per type) and calls it with the
 * receiver as first argument, without creating a bound-method object.
 */
public final class MethodCallNode extends ExprNode {
    @Child private ExprNode receiver;
    @Child private ArgumentsNode arguments;
    @Child private LookupNode lookup;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();
    @Child private ReadAttributeNode read;
    private final String name;
    /** Until a call raises here, compiled code leaves the handler out. */
    private final BranchProfile raised = BranchProfile.create();

    public MethodCallNode(ExprNode receiver, String name, ArgumentsNode arguments) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
        this.lookup = MethodCallNodeFactory.LookupNodeGen.create(name);
        this.read = ReadAttributeNode.create(name);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object self = receiver.execute(frame);
        Object method = lookup.execute(self);
        boolean unbound = method instanceof PyFunction || method instanceof PyBuiltinFunction f && f.isMethod();
        if (!unbound) {
            method = read.execute(self);
        }
        int reserved = unbound ? 2 : 1;
        Object[] args;
        String[] kwNames = Calls.NO_KEYWORDS;
        Object[] kwValues = Calls.NO_VALUES;
        if (arguments.isSimple()) {
            args = arguments.positional(frame, reserved);
            if (arguments.hasKeywords()) {
                kwNames = arguments.keywordNames();
                kwValues = arguments.keywordValues(frame);
            }
        } else {
            ArgumentsNode.Evaluated e = arguments.evaluateGeneral(frame, reserved);
            args = e.args();
            kwNames = e.kwNames();
            kwValues = e.kwValues();
        }
        if (unbound) {
            args[1] = self;
        }
        try {
            return dispatch.execute(method, args, kwNames, kwValues);
        } catch (PyException e) {
            raised.enter();
            throw located(e);
        }
    }

    /** The function found on the receiver's type, or null when the attribute needs a full lookup. */
    abstract static class LookupNode extends Node {
        protected final String name;

        LookupNode(String name) {
            this.name = name;
        }

        abstract Object execute(Object receiver);

        /** An instance of a program's class: its layout tells that no instance attribute shadows the method. */
        @Specialization(guards = {"cachedLayout != null", "receiver.layout() == cachedLayout"},
            assumptions = "cachedLayout.type().stable()", limit = "4")
        protected static Object doInstance(PyInstance receiver,
                                           @Cached("receiver.layout()") Layout cachedLayout,
                                           @Cached("instanceMethod(cachedLayout, name)") Object method) {
            return method;
        }

        @Specialization(guards = {"isPlain(receiver)", "typeOf(receiver) == cachedType"},
            assumptions = "cachedType.stable()", limit = "4")
        protected static Object doCached(Object receiver,
                                         @Cached("typeOf(receiver)") PyType cachedType,
                                         @Cached("typeMethod(cachedType, name)") Object method) {
            return method;
        }

        /** Modules, classes and super objects: what they call is an attribute of theirs, found by the caller. */
        @Specialization(guards = "isNamespace(receiver)")
        protected static Object doNamespace(Object receiver) {
            return null;
        }

        @Specialization(replaces = {"doInstance", "doCached", "doNamespace"})
        protected Object doGeneric(Object receiver) {
            if (receiver instanceof PyInstance i) {
                return i.layout() != null ? instanceMethod(i.layout(), name)
                        : i.dict().get(name) == null ? typeMethod(i.type(), name) : null;
            }
            return isPlain(receiver) ? typeMethod(typeOf(receiver), name) : null;
        }

        /** Null when a program's {@code __getattribute__} must see every lookup. */
        protected static Object typeMethod(PyType type, String name) {
            return type.isHeap() && type.lookupHeap("__getattribute__") != null ? null : type.lookup(name);
        }

        protected static Object instanceMethod(Layout layout, String name) {
            return layout.indexOf(name) >= 0 ? null : typeMethod(layout.type(), name);
        }

        protected static PyType typeOf(Object o) {
            return PyType.of(o);
        }

        /** Receivers whose methods come from their type alone. */
        protected static boolean isPlain(Object o) {
            return !(isNamespace(o) || o instanceof PyInstance);
        }

        protected static boolean isNamespace(Object o) {
            return o instanceof PyModule || o instanceof PyType || o instanceof PySuper;
        }
    }
}
