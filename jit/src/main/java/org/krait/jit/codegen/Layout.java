package org.krait.jit.codegen;

import org.krait.jit.types.ArrayType;
import org.krait.jit.types.JitType;
import org.krait.jit.types.OptionalType;
import org.krait.jit.types.Scalar;
import org.krait.jit.types.TupleType;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * How a value of each type sits in JVM locals and on the operand stack: int64 a {@code long}, float64 a
 * {@code double}, bool a {@code boolean}, complex128 two doubles (real, imaginary), None nothing, a tuple its items
 * one after another, an array one {@link org.krait.jit.array.NDArray} reference, an optional a boxed Krait value.
 * Across calls a tuple, complex or optional result travels as a Krait object ({@code PyTuple}, {@code PyComplex}).
 */
public final class Layout {
    public static final Type NDARRAY = Type.getObjectType("org/krait/jit/array/NDArray");
    public static final Type OBJECT = Type.getType(Object.class);

    private Layout() {
    }

    public static List<Type> slots(JitType t) {
        List<Type> out = new ArrayList<>();
        add(t, out);
        return out;
    }

    private static void add(JitType t, List<Type> out) {
        switch (t) {
            case Scalar s -> {
                switch (s.widen()) {
                    case NONE -> {
                    }
                    case BOOL -> out.add(Type.BOOLEAN_TYPE);
                    case INT64 -> out.add(Type.LONG_TYPE);
                    case FLOAT64 -> out.add(Type.DOUBLE_TYPE);
                    case COMPLEX128 -> {
                        out.add(Type.DOUBLE_TYPE);
                        out.add(Type.DOUBLE_TYPE);
                    }
                    default -> throw new IllegalStateException(s.name());
                }
            }
            case TupleType tu -> tu.items().forEach(i -> add(i, out));
            case ArrayType a -> out.add(NDARRAY);
            case OptionalType o -> out.add(OBJECT);
            default -> throw new IllegalStateException("no layout for " + t.typeName());
        }
    }

    /** JVM words (local variable slots) the value occupies. */
    public static int size(JitType t) {
        int n = 0;
        for (Type s : slots(t)) {
            n += s.getSize();
        }
        return n;
    }

    /** Whether the value is returned as a Krait object rather than in its own slots. */
    public static boolean returnsBoxed(JitType t) {
        return t instanceof TupleType || t instanceof OptionalType
                || t instanceof Scalar s && s.widen() == Scalar.COMPLEX128;
    }

    /** The JVM return type of a function returning {@code t}. */
    public static Type returnType(JitType t) {
        if (t instanceof Scalar s && s.widen() == Scalar.NONE) {
            return Type.VOID_TYPE;
        }
        if (t instanceof ArrayType) {
            return NDARRAY;
        }
        return returnsBoxed(t) ? OBJECT : slots(t).get(0);
    }

    public static String methodDescriptor(List<JitType> params, JitType result) {
        List<Type> args = new ArrayList<>();
        for (JitType p : params) {
            args.addAll(slots(p));
        }
        return Type.getMethodDescriptor(returnType(result), args.toArray(new Type[0]));
    }

    public static int loadOpcode(Type t) {
        return t.getOpcode(Opcodes.ILOAD);
    }

    public static int storeOpcode(Type t) {
        return t.getOpcode(Opcodes.ISTORE);
    }
}
