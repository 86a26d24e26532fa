package org.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;
import org.krait.nodes.generator.GeneratorBodyRootNode;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyGenerator;
import org.krait.runtime.PyModule;

import java.util.Map;

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
        PyDict out = new PyDict();
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        for (int slot = 0; slot < descriptor.getNumberOfSlots(); slot++) {
            if (!(descriptor.getSlotName(slot) instanceof String name) || name.startsWith(".")) {
                continue;  // compiler temporaries and the implicit iterator of comprehensions
            }
            Object v = frame.getValue(slot);
            if (v instanceof PyCell cell) {
                v = cell.value;
            }
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }

    /** {@code globals()}: the caller's module namespace, as a snapshot. */
    @TruffleBoundary
    public static PyDict callerGlobals() {
        Object owner = callerFrame().getArguments()[0];
        return namespace(owner instanceof PyFunction f ? f.globals() : (PyModule) owner);
    }

    /** A module's variables as a new dict. */
    public static PyDict namespace(PyModule module) {
        PyDict out = new PyDict();
        for (Map.Entry<String, Object> e : module.snapshot().entrySet()) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The innermost Python frame (a generator's own saved frame when it runs in one). */
    private static Frame callerFrame() {
        FrameInstance caller = Truffle.getRuntime().iterateFrames(f -> f);
        RootNode root = ((RootCallTarget) caller.getCallTarget()).getRootNode();
        Frame frame = caller.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        return root instanceof GeneratorBodyRootNode ? ((PyGenerator) frame.getArguments()[0]).frame() : frame;
    }
}
