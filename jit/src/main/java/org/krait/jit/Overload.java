package org.krait.jit;

import org.krait.jit.codegen.CompiledEntry;
import org.krait.jit.codegen.GeneratedClass;
import org.krait.jit.infer.FunctionTyping;
import org.krait.jit.types.JitType;

import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * One compiled signature of a dispatcher: its typing, the generated class, the compiled static method (what other
 * compiled functions call) and the boxed entry (what interpreted code calls). An overload without an entry runs
 * the Python function instead (object mode, after a failed compilation with {@code nopython=False}).
 */
public record Overload(List<JitType> argTypes, FunctionTyping typing, GeneratedClass generated, MethodHandle handle,
                       CompiledEntry entry) {
    public static Overload objectMode(List<JitType> argTypes) {
        return new Overload(argTypes, null, null, null, null);
    }

    public boolean isObjectMode() {
        return entry == null;
    }
}
