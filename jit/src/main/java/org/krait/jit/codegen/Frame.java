package org.krait.jit.codegen;

import org.krait.jit.types.ArrayType;
import org.krait.jit.types.JitType;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.List;

/**
 * The JVM locals of a generated method: parameters first, then the Python variables, then temporaries. A
 * variable takes the slots of its type's layout; an array variable additionally caches its backing Java array,
 * offset, shape and strides so that indexing in loops reads locals only.
 */
final class Frame {
    /** Where a value lives: one local per layout slot. */
    record Slots(int[] index, Type[] types) {
        void load(MethodVisitor mv) {
            for (int i = 0; i < index.length; i++) {
                mv.visitVarInsn(Layout.loadOpcode(types[i]), index[i]);
            }
        }

        /** Pops a value of this layout off the stack (its last slot is on top). */
        void store(MethodVisitor mv) {
            for (int i = index.length - 1; i >= 0; i--) {
                mv.visitVarInsn(Layout.storeOpcode(types[i]), index[i]);
            }
        }

        Slots part(int from, int count) {
            int[] idx = new int[count];
            Type[] ts = new Type[count];
            System.arraycopy(index, from, idx, 0, count);
            System.arraycopy(types, from, ts, 0, count);
            return new Slots(idx, ts);
        }
    }

    /** The cached fields of an array variable. */
    record ArrayCache(int data, Type dataType, int offset, int[] shape, int[] stride) {
    }

    /**
     * A Python variable of the function (or a temporary array). {@code flag} is the local of its "assigned yet"
     * boolean when some read may come before an assignment (-1 when none is needed).
     */
    record Var(String name, JitType type, Slots slots, ArrayCache array, int flag) {
    }

    private int next;

    Frame(int firstFree) {
        this.next = firstFree;
    }

    int newLocal(Type t) {
        int i = next;
        next += t.getSize();
        return i;
    }

    Slots newSlots(JitType t) {
        List<Type> types = Layout.slots(t);
        int[] idx = new int[types.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = newLocal(types.get(i));
        }
        return new Slots(idx, types.toArray(new Type[0]));
    }

    Var newVar(String name, JitType t, boolean flagged) {
        Slots slots = newSlots(t);
        ArrayCache cache = null;
        if (t instanceof ArrayType a) {
            Type dataType = Type.getType(org.krait.jit.array.NDArray.storageClass(a.dtype()));
            int data = newLocal(dataType);
            int offset = newLocal(Type.LONG_TYPE);
            int[] shape = new int[a.ndim()];
            int[] stride = new int[a.ndim()];
            for (int d = 0; d < a.ndim(); d++) {
                shape[d] = newLocal(Type.LONG_TYPE);
                stride[d] = newLocal(Type.LONG_TYPE);
            }
            cache = new ArrayCache(data, dataType, offset, shape, stride);
        }
        return new Var(name, t, slots, cache, flagged ? newLocal(Type.BOOLEAN_TYPE) : -1);
    }

    /** Stores zeros (or null) in every local of {@code v}: the verifier needs each local set on every path. */
    static void initialize(MethodVisitor mv, Var v) {
        for (int i = 0; i < v.slots().index().length; i++) {
            zero(mv, v.slots().types()[i], v.slots().index()[i]);
        }
        if (v.flag() >= 0) {
            zero(mv, Type.BOOLEAN_TYPE, v.flag());
        }
        ArrayCache c = v.array();
        if (c != null) {
            zero(mv, c.dataType(), c.data());
            zero(mv, Type.LONG_TYPE, c.offset());
            for (int d = 0; d < c.shape().length; d++) {
                zero(mv, Type.LONG_TYPE, c.shape()[d]);
                zero(mv, Type.LONG_TYPE, c.stride()[d]);
            }
        }
    }

    private static void zero(MethodVisitor mv, Type t, int index) {
        switch (t.getSort()) {
            case Type.LONG -> mv.visitInsn(Opcodes.LCONST_0);
            case Type.DOUBLE -> mv.visitInsn(Opcodes.DCONST_0);
            case Type.OBJECT, Type.ARRAY -> mv.visitInsn(Opcodes.ACONST_NULL);
            default -> mv.visitInsn(Opcodes.ICONST_0);
        }
        mv.visitVarInsn(Layout.storeOpcode(t), index);
    }
}
