package org.krait.jit.codegen;

import org.krait.jit.infer.FunctionTyping;
import org.krait.jit.infer.JitFunction;
import org.krait.jit.infer.SourceExcerpt;
import org.krait.jit.types.JitType;
import org.krait.jit.types.Scalar;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.List;

import static org.objectweb.asm.Opcodes.*;

/**
 * Generates the class of one compiled signature:
 * <pre>
 * final class org.krait.jit.gen.NAME implements CompiledEntry {
 *     static R NAME(params...)        // the compiled function, primitives in and out
 *     Object invoke(Object[] args)    // unbox, [release the GIL], call NAME, [re-acquire], box
 * }
 * </pre>
 */
public final class CodeGenerator {
    private static final String PACKAGE = "org/krait/jit/gen/";
    private static final String ENTRY = "org/krait/jit/codegen/CompiledEntry";
    private static final String GIL = "org/krait/jit/Gil";

    private CodeGenerator() {
    }

    public static GeneratedClass generate(FunctionTyping ft) {
        String name = methodName(ft.function());
        String className = PACKAGE + name;
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                // generated code never needs a more precise merge of two object types
                return "java/lang/Object";
            }
        };
        cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, "java/lang/Object", new String[]{ENTRY});
        String file = SourceExcerpt.fileName(ft.function().source());
        cw.visitSource(file.substring(file.lastIndexOf('/') + 1), null);
        List<ClassData> data = new ArrayList<>();
        JitType result = effectiveReturn(ft);
        String descriptor = Layout.methodDescriptor(MethodEmitter.widenAll(ft.argTypes()), result);
        ParallelLoops parallel = new ParallelLoops(className, name);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, descriptor, null, null);
        MethodEmitter.forFunction(ft, className, name, mv, data, result, parallel).emitBody();
        parallel.generate(cw, ft, data, result);
        constructor(cw);
        bridge(cw, ft, className, name, descriptor, data, result);
        cw.visitEnd();
        return new GeneratedClass(ft, name, descriptor, cw.toByteArray(), List.copyOf(data));
    }

    /** The type the compiled method returns: a declared return type (widened) wins over the inferred one. */
    static JitType effectiveReturn(FunctionTyping ft) {
        return ft.declaredReturn() != null ? MethodEmitter.widened(ft.declaredReturn()) : ft.returnType();
    }

    /** The function's name as a JVM method name ({@code <lambda>} becomes {@code _lambda_}). */
    static String methodName(JitFunction fn) {
        StringBuilder sb = new StringBuilder();
        for (char c : fn.name().toCharArray()) {
            sb.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        return sb.isEmpty() || !Character.isJavaIdentifierStart(sb.charAt(0)) ? "_" + sb : sb.toString();
    }

    private static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * {@code invoke(Object[] args)}: the arguments are unboxed while the GIL is held; with {@code nogil} the
     * compiled code runs after {@link org.krait.jit.Gil#release()} and the result is boxed after
     * {@link org.krait.jit.Gil#acquire(Object)}.
     */
    private static void bridge(ClassWriter cw, FunctionTyping ft, String className, String name, String descriptor,
                               List<ClassData> data, JitType result) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "invoke", "([Ljava/lang/Object;)Ljava/lang/Object;", null,
                null);
        MethodEmitter m = MethodEmitter.forBridge(ft, className, name, mv, data);
        mv.visitCode();
        List<JitType> args = ft.argTypes();
        for (int i = 0; i < args.size(); i++) {
            mv.visitVarInsn(ALOAD, 1);
            m.pushInt(i);
            mv.visitInsn(AALOAD);
            m.unboxArgument(args.get(i));
        }
        boolean nogil = ft.options().nogil();
        Label start = new Label();
        Label end = new Label();
        Label failed = new Label();
        int released = m.frame().newLocal(Layout.OBJECT);
        if (nogil) {
            mv.visitTryCatchBlock(start, end, failed, null);
            mv.visitMethodInsn(INVOKESTATIC, GIL, "release", "()Ljava/lang/Object;", false);
            mv.visitVarInsn(ASTORE, released);
        }
        mv.visitLabel(start);
        mv.visitMethodInsn(INVOKESTATIC, className, name, descriptor, false);
        mv.visitLabel(end);
        if (nogil) {
            mv.visitVarInsn(ALOAD, released);
            mv.visitMethodInsn(INVOKESTATIC, GIL, "acquire", "(Ljava/lang/Object;)V", false);
        }
        Type jvm = Layout.returnType(result);
        if (jvm.getSort() == Type.VOID) {
            mv.visitMethodInsn(INVOKESTATIC, "org/krait/jit/codegen/JitBoxes", "none", "()Ljava/lang/Object;",
                    false);
        } else if (!Layout.returnsBoxed(result) && !(jvm.getSort() == Type.OBJECT)) {
            m.box(result);
        }
        mv.visitInsn(ARETURN);
        if (nogil) {
            mv.visitLabel(failed);
            mv.visitVarInsn(ALOAD, released);
            mv.visitMethodInsn(INVOKESTATIC, GIL, "acquire", "(Ljava/lang/Object;)V", false);
            mv.visitInsn(ATHROW);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Whether {@code t} is an integer type narrower than int64 (declared in an explicit signature). */
    static boolean isNarrow(JitType t) {
        return t instanceof Scalar s && s.isInteger() && s != Scalar.BOOL && (s.bits() < 64 || s == Scalar.UINT64)
                || t == Scalar.FLOAT32 || t == Scalar.COMPLEX64;
    }
}
