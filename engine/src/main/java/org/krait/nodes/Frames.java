package org.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import org.krait.nodes.generator.GeneratorBodyRootNode;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyCode;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyFrame;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyGenerator;
import org.krait.runtime.PyModule;


/** The running Python frame's variables, for {@code locals()}, {@code vars()} and {@code dir()}. */
public final class Frames {
    private Frames() {
    }

    /**
     * The caller's namespace as a new dict: its bound local variables inside a function, the module's globals
     * at module level (a snapshot: writing to it does not change the variables).
     */
    @TruffleBoundary
    public static PyDict callerLocals() {
        Frame frame = callerFrame();
        if (frame.getArguments()[0] instanceof PyModule module) {
            return namespace(module);
        }
        return PyFrame.localsOf(frame);
    }

    /** The module whose code is running in the innermost Python frame. */
    @TruffleBoundary
    public static PyModule callerModule() {
        Object owner = callerFrame().getArguments()[0];
        return owner instanceof PyFunction f ? f.globals() : (PyModule) owner;
    }

    /** The innermost frame's local variables when it is a function's; null at module level. */
    @TruffleBoundary
    public static PyDict callerLocalsIfFunction() {
        Frame frame = callerFrame();
        return frame.getArguments()[0] instanceof PyModule ? null : PyFrame.localsOf(frame);
    }

    /** {@code globals()}: the caller's module namespace, as a snapshot. */
    @TruffleBoundary
    public static PyDict callerGlobals() {
        Object owner = callerFrame().getArguments()[0];
        return namespace(owner instanceof PyFunction f ? f.globals() : (PyModule) owner);
    }

    /** A module's variables as a new dict. */
    public static PyDict namespace(PyModule module) {
        return module.namespace();
    }

    /**
     * {@code sys._getframe(depth)}: snapshots of the Python frames on the stack, innermost first, linked
     * through {@code f_back}; null when the stack is not that deep.
     */
    @TruffleBoundary
    public static PyFrame frameAt(int depth) {
        java.util.List<FrameInstance> instances = new java.util.ArrayList<>();
        Truffle.getRuntime().iterateFrames(f -> {
            RootNode root = ((RootCallTarget) f.getCallTarget()).getRootNode();
            if (root instanceof FunctionRootNode || root instanceof ModuleRootNode || root instanceof GeneratorBodyRootNode) {
                instances.add(f);
            }
            return null;
        });
        PyFrame next = null;
        for (int i = instances.size() - 1; i >= depth; i--) {
            PyFrame back = next;
            FrameInstance instance = instances.get(i);
            next = snapshot(instance, i == 0 ? innermostSite(instance) : instance.getCallNode(), () -> back);
        }
        return next;
    }

    /**
     * Where the innermost frame is: it is running a builtin, not a call target, so Truffle knows no call node; the
     * call site set itself as the encapsulating node (DispatchNode) if it belongs to this frame.
     */
    private static Node innermostSite(FrameInstance instance) {
        Node site = EncapsulatingNodeReference.getCurrent().get();
        boolean here = site != null && site.getRootNode() == ((RootCallTarget) instance.getCallTarget()).getRootNode();
        return here ? site : instance.getCallNode();
    }

    private static PyFrame snapshot(FrameInstance instance, Node at, java.util.function.Supplier<Object> back) {
        RootNode root = ((RootCallTarget) instance.getCallTarget()).getRootNode();
        Frame frame = instance.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        if (root instanceof GeneratorBodyRootNode) {
            frame = ((PyGenerator) frame.getArguments()[0]).frame();
        }
        Object owner = frame.getArguments()[0];
        PyModule globals = owner instanceof PyFunction f ? f.globals() : (PyModule) owner;
        PyDict locals = owner instanceof PyModule m ? m.namespace() : PyFrame.localsOf(frame);
        com.oracle.truffle.api.source.SourceSection section = root.getSourceSection();
        String file = section == null ? "<unknown>" : section.getSource().getPath() != null
                ? section.getSource().getPath() : section.getSource().getName();
        PyCode code = owner instanceof PyFunction f ? f.code().object()
                : PyCode.module(section == null ? null : section.getSource().getCharacters().toString(), file, "exec");
        return new PyFrame(globals, locals, lineOf(at), code, back);
    }

    /** The line of the statement containing {@code node} (where a frame is executing), or 0. */
    private static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof StmtNode s && s.line() > 0) {
                return s.line();
            }
            if (n instanceof FunctionRootNode f) {
                return Math.max(0, f.tailLine());
            }
            if (n instanceof ModuleRootNode m) {
                return Math.max(0, m.resultLine());
            }
        }
        return 0;
    }

    /** The innermost Python frame (a generator's own saved frame when it runs in one). */
    private static Frame callerFrame() {
        FrameInstance caller = Truffle.getRuntime().iterateFrames(f -> f);
        RootNode root = ((RootCallTarget) caller.getCallTarget()).getRootNode();
        Frame frame = caller.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        return root instanceof GeneratorBodyRootNode ? ((PyGenerator) frame.getArguments()[0]).frame() : frame;
    }
}
