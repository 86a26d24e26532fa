package org.krait.jit.codegen;

import org.krait.jit.infer.CallInfo;
import org.krait.jit.infer.FunctionTyping;
import org.krait.jit.types.JitType;
import org.krait.jit.types.Scalar;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.Stmt;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.objectweb.asm.Opcodes.*;

/**
 * {@code for i in prange(...)} with {@code parallel=True}: the loop body becomes a chunk method of the same class
 * that runs a range of iterations on its own copy of the variables and returns its partial reductions; the loop
 * itself becomes a call to {@link org.krait.jit.parallel.JitParallel#run} followed by combining the partials.
 */
final class ParallelLoops {
    /** Descriptor of a chunk method: (lo, hi, start, step, env) -> partial reductions. */
    static final String CHUNK_DESCRIPTOR = "(JJJJ[Ljava/lang/Object;)[Ljava/lang/Object;";

    private record Chunk(String name, Stmt.For loop, Map<String, Operator> reductions) {
    }

    private final String className;
    private final String baseName;
    private final List<Chunk> chunks = new ArrayList<>();

    ParallelLoops(String className, String baseName) {
        this.className = className;
        this.baseName = baseName;
    }

    /** Emits the parallel loop in the method {@code m} is generating. */
    void emit(MethodEmitter m, Stmt.For f, CallInfo.RangeCall range) {
        FunctionTyping ft = m.typing();
        MethodVisitor mv = m.visitor();
        Map<String, Operator> reductions = ft.reductions(f);
        String name = baseName + "$prange" + chunks.size();
        chunks.add(new Chunk(name, f, reductions));
        List<Expr> args = range.args();
        Frame frame = m.frame();
        int start = frame.newLocal(Type.LONG_TYPE);
        int step = frame.newLocal(Type.LONG_TYPE);
        int count = frame.newLocal(Type.LONG_TYPE);
        if (args.size() == 1) {
            mv.visitInsn(LCONST_0);
        } else {
            m.coerce(m.emit(args.get(0)), Scalar.INT64);
        }
        mv.visitVarInsn(LSTORE, start);
        m.coerce(m.emit(args.get(args.size() == 1 ? 0 : 1)), Scalar.INT64);
        mv.visitVarInsn(LSTORE, count); // the stop, for now
        if (args.size() == 3) {
            m.coerce(m.emit(args.get(2)), Scalar.INT64);
        } else {
            mv.visitInsn(LCONST_1);
        }
        mv.visitVarInsn(LSTORE, step);
        mv.visitVarInsn(LLOAD, start);
        mv.visitVarInsn(LLOAD, count);
        mv.visitVarInsn(LLOAD, step);
        mv.visitMethodInsn(INVOKESTATIC, "org/krait/jit/codegen/JitOps", "rangeLen", "(JJJ)J", false);
        mv.visitVarInsn(LSTORE, count);

        mv.visitLdcInsn(new Handle(H_INVOKESTATIC, className, name, CHUNK_DESCRIPTOR, false));
        mv.visitVarInsn(LLOAD, start);
        mv.visitVarInsn(LLOAD, step);
        mv.visitVarInsn(LLOAD, count);
        // the environment: every variable's value, then (at index size + i) the assigned flag of those with one
        List<Frame.Var> vars = m.variables();
        m.pushInt(2 * vars.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < vars.size(); i++) {
            mv.visitInsn(DUP);
            m.pushInt(i);
            m.loadVar(vars.get(i));
            m.box(vars.get(i).type());
            mv.visitInsn(AASTORE);
            if (vars.get(i).flag() >= 0) {
                mv.visitInsn(DUP);
                m.pushInt(vars.size() + i);
                mv.visitVarInsn(ILOAD, vars.get(i).flag());
                m.box(Scalar.BOOL);
                mv.visitInsn(AASTORE);
            }
        }
        mv.visitMethodInsn(INVOKESTATIC, "org/krait/jit/parallel/JitParallel", "run",
                "(Ljava/lang/invoke/MethodHandle;JJJ[Ljava/lang/Object;)[[Ljava/lang/Object;", false);
        int partials = frame.newLocal(Type.getType(Object[][].class));
        mv.visitVarInsn(ASTORE, partials);

        // fold the partial results into the variables, chunk after chunk
        int c = frame.newLocal(Type.INT_TYPE);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, c);
        Label test = new Label();
        Label done = new Label();
        mv.visitLabel(test);
        mv.visitVarInsn(ILOAD, c);
        mv.visitVarInsn(ALOAD, partials);
        mv.visitInsn(ARRAYLENGTH);
        mv.visitJumpInsn(IF_ICMPGE, done);
        int r = 0;
        for (Map.Entry<String, Operator> e : reductions.entrySet()) {
            Frame.Var v = m.var(e.getKey());
            int index = r++;
            m.loadVar(v);
            m.binary(e.getValue(), v.type(), v.type(), () -> {
                mv.visitVarInsn(ALOAD, partials);
                mv.visitVarInsn(ILOAD, c);
                mv.visitInsn(AALOAD);
                m.pushInt(index);
                mv.visitInsn(AALOAD);
                m.unbox(v.type());
            });
            m.storeVar(v, resultType(e.getValue(), v.type()));
        }
        mv.visitIincInsn(c, 1);
        mv.visitJumpInsn(GOTO, test);
        mv.visitLabel(done);
    }

    private static JitType resultType(Operator op, JitType t) {
        return org.krait.jit.infer.Operators.binary(op, t, t);
    }

    /** Generates the chunk methods of the loops emitted so far (chunks of nested prange loops included). */
    void generate(ClassWriter cw, FunctionTyping ft, List<ClassData> data, JitType returnType) {
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, chunk.name(), CHUNK_DESCRIPTOR, null, null);
            MethodEmitter m = MethodEmitter.forChunk(ft, className, baseName, mv, data, returnType, this);
            m.emitChunk(chunk.loop(), chunk.reductions());
        }
    }
}
