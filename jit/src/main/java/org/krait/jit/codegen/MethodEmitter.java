package org.krait.jit.codegen;

import org.krait.jit.infer.CallInfo;
import org.krait.jit.infer.DefiniteAssignment;
import org.krait.jit.infer.FunctionTyping;
import org.krait.jit.infer.Intrinsics;
import org.krait.jit.infer.JitFunction;
import org.krait.jit.infer.Operators;
import org.krait.jit.infer.TupleSlices;
import org.krait.jit.types.ArrayType;
import org.krait.jit.types.GlobalRef;
import org.krait.jit.types.JitType;
import org.krait.jit.types.OptionalType;
import org.krait.jit.types.RangeType;
import org.krait.jit.types.Scalar;
import org.krait.jit.types.TupleType;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.Stmt;
import org.krait.parser.ast.UnaryOperator;
import org.krait.runtime.PyComplex;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.objectweb.asm.Opcodes.*;

/**
 * Emits the body of one compiled signature: Python statements and expressions over the types inference found,
 * with every value in primitive locals (see {@link Layout}). Expressions leave their value on the operand stack
 * in the layout of their type; {@link #coerce} converts between types where Python promotes (int to float ...).
 */
final class MethodEmitter {
    private static final String OPS = "org/krait/jit/codegen/JitOps";
    private static final String BOXES = "org/krait/jit/codegen/JitBoxes";
    private static final String ARRAYS = "org/krait/jit/codegen/JitArrays";
    private static final String PYTUPLE = "org/krait/runtime/PyTuple";
    private static final String PYCOMPLEX = "org/krait/runtime/PyComplex";
    private static final Handle CALLSITE_BOOTSTRAP = new Handle(H_INVOKESTATIC, "org/krait/jit/codegen/Linker",
            "callSite", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;I)"
            + "Ljava/lang/invoke/CallSite;", false);
    private static final Handle CLASS_DATA_AT = new Handle(H_INVOKESTATIC, "java/lang/invoke/MethodHandles",
            "classDataAt", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;I)"
            + "Ljava/lang/Object;", false);

    private record Loop(Label continueLabel, Label breakLabel) {
    }

    private final FunctionTyping ft;
    private final JitFunction fn;
    private final String className;
    private final String methodName;
    private final MethodVisitor mv;
    private final List<ClassData> data;
    private final JitType returnType;
    private final Frame frame;
    /** The Python variables, in the order typing first assigned them. */
    private final Map<String, Frame.Var> vars = new LinkedHashMap<>();
    private final Deque<Loop> loops = new ArrayDeque<>();
    private final ArrayEmitter arrays;
    private final Comparisons comparisons;
    private final boolean wrap;
    private final ParallelLoops parallel;
    /** Reads that may come before their variable is assigned: checked against its flag. */
    private final Set<Expr.Name> uncertain;
    /** False after a statement that never completes (return, raise, break, continue) until the next label. */
    private boolean reachable = true;

    private MethodEmitter(FunctionTyping ft, String className, String methodName, MethodVisitor mv,
                          List<ClassData> data, JitType returnType, ParallelLoops parallel, int firstFree) {
        this.ft = ft;
        this.fn = ft.function();
        this.className = className;
        this.methodName = methodName;
        this.mv = mv;
        this.data = data;
        this.returnType = returnType;
        this.frame = new Frame(firstFree);
        this.arrays = new ArrayEmitter(this, mv);
        this.comparisons = new Comparisons(this, mv);
        this.wrap = ft.options().wrapOverflow();
        this.parallel = parallel;
        this.uncertain = DefiniteAssignment.uncertainReads(fn);
    }

    /** The emitter of the compiled function itself, whose parameters are the arguments' layouts. */
    static MethodEmitter forFunction(FunctionTyping ft, String className, String methodName, MethodVisitor mv,
                                     List<ClassData> data, JitType returnType, ParallelLoops parallel) {
        int params = 0;
        for (JitType t : ft.argTypes()) {
            params += Layout.size(widened(t));
        }
        return new MethodEmitter(ft, className, methodName, mv, data, returnType, parallel, params);
    }

    /** The emitter of a prange chunk method (see {@link ParallelLoops#CHUNK_DESCRIPTOR}). */
    static MethodEmitter forChunk(FunctionTyping ft, String className, String methodName, MethodVisitor mv,
                                  List<ClassData> data, JitType returnType, ParallelLoops parallel) {
        return new MethodEmitter(ft, className, methodName, mv, data, returnType, parallel, CHUNK_ENV + 1);
    }

    /** The emitter of the boxed entry {@code invoke(Object[])} (locals: this, args). */
    static MethodEmitter forBridge(FunctionTyping ft, String className, String methodName, MethodVisitor mv,
                                   List<ClassData> data) {
        return new MethodEmitter(ft, className, methodName, mv, data, Scalar.NONE, null, 2);
    }

    /** Locals of a chunk method: lo 0, hi 2, start 4, step 6, env 8. */
    private static final int CHUNK_ENV = 8;

    // ---- the method ---------------------------------------------------------------------------------------------

    void emitBody() {
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label overflow = new Label();
        mv.visitTryCatchBlock(start, end, overflow, "java/lang/ArithmeticException");
        mv.visitLabel(start);
        mv.visitLineNumber(fn.pos().line(), start);
        allocateVariables();
        int param = 0;
        for (int i = 0; i < fn.params().size(); i++) {
            JitType t = widened(ft.argTypes().get(i));
            Frame.Var v = vars.get(fn.params().get(i));
            List<Type> types = Layout.slots(t);
            for (Type s : types) {
                mv.visitVarInsn(Layout.loadOpcode(s), param);
                param += s.getSize();
            }
            storeVar(v, t);
        }
        statements(fn.body());
        if (reachable) {
            if (returnType instanceof Scalar s && s == Scalar.NONE || returnType instanceof OptionalType) {
                returnValue(Scalar.NONE);
            } else {
                // typing found that the end is unreachable; the JVM still needs a terminator here
                mv.visitInsn(ACONST_NULL);
                mv.visitInsn(ATHROW);
            }
        }
        mv.visitLabel(end);
        overflowHandler(overflow);
        Label last = new Label();
        mv.visitLabel(last);
        for (Frame.Var v : vars.values()) {
            describe(v, start, last);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void allocateVariables() {
        Set<String> flagged = new HashSet<>();
        uncertain.forEach(n -> flagged.add(n.id()));
        for (Map.Entry<String, JitType> e : ft.locals().entrySet()) {
            Frame.Var v = frame.newVar(e.getKey(), e.getValue(), flagged.contains(e.getKey()));
            vars.put(e.getKey(), v);
            Frame.initialize(mv, v);
        }
    }

    /** An ArithmeticException anywhere in the method is an int64 overflow (Math.*Exact or a JitOps helper). */
    private void overflowHandler(Label handler) {
        mv.visitLabel(handler);
        mv.visitLdcInsn(fn.name());
        mv.visitMethodInsn(INVOKESTATIC, "org/krait/jit/JitErrors", "overflow",
                "(Ljava/lang/String;)Lorg/krait/runtime/PyException;", false);
        mv.visitInsn(ATHROW);
    }

    /**
     * The body of a prange chunk method: the variables come from the environment array, reductions start from
     * their identity, iterations {@code lo..hi-1} run, and the partial reductions are returned.
     */
    void emitChunk(Stmt.For loop, Map<String, Operator> reductions) {
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label overflow = new Label();
        mv.visitTryCatchBlock(start, end, overflow, "java/lang/ArithmeticException");
        mv.visitLabel(start);
        mv.visitLineNumber(loop.pos().line(), start);
        allocateVariables();
        List<Frame.Var> all = variables();
        for (int i = 0; i < all.size(); i++) {
            Frame.Var v = all.get(i);
            mv.visitVarInsn(ALOAD, CHUNK_ENV);
            pushInt(i);
            mv.visitInsn(AALOAD);
            unbox(v.type());
            storeVar(v, v.type());
            if (v.flag() >= 0) {
                // whether the variable was assigned before the loop travels after the values
                mv.visitVarInsn(ALOAD, CHUNK_ENV);
                pushInt(all.size() + i);
                mv.visitInsn(AALOAD);
                unbox(Scalar.BOOL);
                mv.visitVarInsn(ISTORE, v.flag());
            }
        }
        for (Map.Entry<String, Operator> r : reductions.entrySet()) {
            Frame.Var v = vars.get(r.getKey());
            if (r.getValue() == Operator.ADD) {
                pushZero((Scalar) v.type());
            } else {
                pushLong(1);
                coerce(Scalar.INT64, v.type());
            }
            storeVar(v, v.type());
        }
        int k = frame.newLocal(Type.LONG_TYPE);
        mv.visitVarInsn(LLOAD, 0);
        mv.visitVarInsn(LSTORE, k);
        Label test = new Label();
        Label next = new Label();
        Label done = new Label();
        mv.visitLabel(test);
        mv.visitVarInsn(LLOAD, k);
        mv.visitVarInsn(LLOAD, 2);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFGE, done);
        mv.visitVarInsn(LLOAD, 4);
        mv.visitVarInsn(LLOAD, k);
        mv.visitVarInsn(LLOAD, 6);
        mv.visitInsn(LMUL);
        mv.visitInsn(LADD);
        storeTarget(loop.target(), Scalar.INT64);
        loopBody(loop.body(), next, done);
        mv.visitLabel(next);
        mv.visitVarInsn(LLOAD, k);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(LADD);
        mv.visitVarInsn(LSTORE, k);
        mv.visitJumpInsn(GOTO, test);
        mv.visitLabel(done);
        pushInt(reductions.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        int r = 0;
        for (String name : reductions.keySet()) {
            mv.visitInsn(DUP);
            pushInt(r++);
            Frame.Var v = vars.get(name);
            loadVar(v);
            box(v.type());
            mv.visitInsn(AASTORE);
        }
        mv.visitInsn(ARETURN);
        mv.visitLabel(end);
        overflowHandler(overflow);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    List<Frame.Var> variables() {
        return new ArrayList<>(vars.values());
    }

    MethodVisitor visitor() {
        return mv;
    }

    /** Names the locals of a variable for the bytecode listing ({@code x}, {@code z$real}, {@code t$1}). */
    private void describe(Frame.Var v, Label start, Label end) {
        Frame.Slots s = v.slots();
        for (int i = 0; i < s.index().length; i++) {
            String name = s.index().length == 1 ? v.name() : v.type() instanceof Scalar
                    ? v.name() + (i == 0 ? "$real" : "$imag") : v.name() + "$" + i;
            mv.visitLocalVariable(name, s.types()[i].getDescriptor(), null, start, end, s.index()[i]);
        }
    }

    // ---- statements ---------------------------------------------------------------------------------------------

    void statements(List<Stmt> body) {
        for (Stmt s : body) {
            if (!reachable) {
                return;
            }
            Label l = new Label();
            mv.visitLabel(l);
            mv.visitLineNumber(s.pos().line(), l);
            statement(s);
        }
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    JitType t = emit(a.value());
                    storeTarget(a.target(), t);
                }
            }
            case Stmt.If i -> ifStatement(i);
            case Stmt.While w -> whileLoop(w);
            case Stmt.For f -> forLoop(f);
            case Stmt.Return r -> {
                JitType t = r.value() == null ? Scalar.NONE : emit(r.value());
                returnValue(t);
            }
            case Stmt.ExprStmt e -> {
                if (!(e.value() instanceof Expr.Constant)) {
                    pop(emit(e.value()));
                }
            }
            case Stmt.Raise r -> raise(r.exc());
            case Stmt.Assert a -> {
                Label ok = new Label();
                branch(a.test(), true, ok);
                if (a.msg() == null) {
                    mv.visitMethodInsn(INVOKESTATIC, OPS, "assertionFailed", "()Lorg/krait/runtime/PyException;",
                            false);
                    mv.visitInsn(ATHROW);
                } else {
                    raise(org.krait.runtime.ExceptionTypes.ASSERTION_ERROR, List.of(a.msg()));
                }
                mv.visitLabel(ok);
                reachable = true;
            }
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
                mv.visitJumpInsn(GOTO, loops.peek().breakLabel());
                reachable = false;
            }
            case Stmt.Continue c -> {
                mv.visitJumpInsn(GOTO, loops.peek().continueLabel());
                reachable = false;
            }
            default -> throw new IllegalStateException("untyped statement " + s);
        }
    }

    private void assign(Stmt.Assign a) {
        JitType t = emit(a.value());
        if (a.targets().size() == 1) {
            storeTarget(a.targets().get(0), t);
            return;
        }
        Frame.Slots tmp = frame.newSlots(t);
        tmp.store(mv);
        for (Expr target : a.targets()) {
            tmp.load(mv);
            storeTarget(target, t);
        }
    }

    /** Stores the value on the stack (of type {@code t}) into an assignment target. */
    void storeTarget(Expr target, JitType t) {
        switch (target) {
            case Expr.Name n -> storeVar(vars.get(n.id()), t);
            case Expr.TupleExpr tu -> unpackInto(tu.elts(), t);
            case Expr.ListExpr l -> unpackInto(l.elts(), t);
            case Expr.Subscript sub -> {
                Frame.Slots value = frame.newSlots(t);
                value.store(mv);
                arrays.store(sub, value, t);
            }
            default -> throw new IllegalStateException("bad target " + target);
        }
    }

    private void unpackInto(List<Expr> targets, JitType t) {
        TupleType tuple = (TupleType) t;
        Frame.Slots all = frame.newSlots(tuple);
        all.store(mv);
        int slot = 0;
        for (int i = 0; i < targets.size(); i++) {
            int n = Layout.slots(tuple.get(i)).size();
            all.part(slot, n).load(mv);
            storeTarget(targets.get(i), tuple.get(i));
            slot += n;
        }
    }

    /** Converts the value on the stack to the variable's type and stores it (refreshing an array's cache). */
    void storeVar(Frame.Var v, JitType t) {
        coerce(t, v.type());
        v.slots().store(mv);
        if (v.flag() >= 0) {
            mv.visitInsn(ICONST_1);
            mv.visitVarInsn(ISTORE, v.flag());
        }
        if (v.array() != null) {
            arrays.refresh(v);
        }
    }

    /** UnboundLocalError unless the variable has been assigned (its flag is set). */
    private void checkAssigned(Frame.Var v) {
        Label ok = new Label();
        mv.visitVarInsn(ILOAD, v.flag());
        mv.visitJumpInsn(IFNE, ok);
        mv.visitLdcInsn(v.name());
        ops("unboundLocal", "(Ljava/lang/String;)Lorg/krait/runtime/PyException;");
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
    }

    void loadVar(Frame.Var v) {
        v.slots().load(mv);
    }

    private void augAssign(Stmt.AugAssign a) {
        if (a.target() instanceof Expr.Name n) {
            Frame.Var v = vars.get(n.id());
            JitType value = ft.typeOf(a.value());
            loadVar(v);
            JitType result = binary(a.op(), v.type(), value, () -> emit(a.value()));
            storeVar(v, result);
            return;
        }
        arrays.augAssign((Expr.Subscript) a.target(), a.op(), a.value());
    }

    private void ifStatement(Stmt.If i) {
        Label orelse = new Label();
        Label end = new Label();
        branch(i.test(), false, orelse);
        statements(i.body());
        boolean bodyFalls = reachable;
        if (bodyFalls && !i.orelse().isEmpty()) {
            mv.visitJumpInsn(GOTO, end);
        }
        mv.visitLabel(orelse);
        reachable = true;
        statements(i.orelse());
        mv.visitLabel(end);
        reachable = reachable || bodyFalls;
    }

    private void whileLoop(Stmt.While w) {
        Label test = new Label();
        Label orelse = new Label();
        Label end = new Label();
        mv.visitLabel(test);
        reachable = true;
        branch(w.test(), false, orelse);
        loops.push(new Loop(test, end));
        statements(w.body());
        loops.pop();
        if (reachable) {
            mv.visitJumpInsn(GOTO, test);
        }
        mv.visitLabel(orelse);
        reachable = true;
        statements(w.orelse());
        mv.visitLabel(end);
        reachable = true;
    }

    private void forLoop(Stmt.For f) {
        JitType iter = ft.typeOf(f.iter());
        if (iter instanceof RangeType r) {
            CallInfo.RangeCall range = (CallInfo.RangeCall) ft.call((Expr.Call) f.iter());
            if (r.parallel()) {
                parallel.emit(this, f, range);
            } else {
                rangeLoop(f, range);
            }
        } else if (iter instanceof TupleType t) {
            tupleLoop(f, t);
        } else {
            arrays.forLoop(f, (ArrayType) iter);
        }
    }

    /**
     * {@code for i in range(a, b, c)}: the count is computed first so the loop cannot overflow; a literal step of
     * 1 or -1 compares the index with the stop directly, the shape HotSpot recognises as a counted loop.
     */
    private void rangeLoop(Stmt.For f, CallInfo.RangeCall range) {
        List<Expr> args = range.args();
        Long step = args.size() == 3 ? TupleSlices.constantIndex(args.get(2)) : Long.valueOf(1);
        int cur = frame.newLocal(Type.LONG_TYPE);
        int stop = frame.newLocal(Type.LONG_TYPE);
        if (args.size() == 1) {
            mv.visitInsn(LCONST_0);
        } else {
            coerce(emit(args.get(0)), Scalar.INT64);
        }
        mv.visitVarInsn(LSTORE, cur);
        coerce(emit(args.get(args.size() == 1 ? 0 : 1)), Scalar.INT64);
        mv.visitVarInsn(LSTORE, stop);
        Label test = new Label();
        Label next = new Label();
        Label orelse = new Label();
        Label end = new Label();
        if (step != null && (step == 1 || step == -1)) {
            mv.visitLabel(test);
            mv.visitVarInsn(LLOAD, cur);
            mv.visitVarInsn(LLOAD, stop);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(step == 1 ? IFGE : IFLE, orelse);
            mv.visitVarInsn(LLOAD, cur);
            storeTarget(f.target(), Scalar.INT64);
            loopBody(f.body(), next, end);
            mv.visitLabel(next);
            mv.visitVarInsn(LLOAD, cur);
            mv.visitInsn(LCONST_1);
            mv.visitInsn(step == 1 ? LADD : LSUB);
            mv.visitVarInsn(LSTORE, cur);
            mv.visitJumpInsn(GOTO, test);
        } else {
            int stepLocal = frame.newLocal(Type.LONG_TYPE);
            int count = frame.newLocal(Type.LONG_TYPE);
            coerce(emit(args.get(2)), Scalar.INT64);
            mv.visitVarInsn(LSTORE, stepLocal);
            mv.visitVarInsn(LLOAD, cur);
            mv.visitVarInsn(LLOAD, stop);
            mv.visitVarInsn(LLOAD, stepLocal);
            mv.visitMethodInsn(INVOKESTATIC, OPS, "rangeLen", "(JJJ)J", false);
            mv.visitVarInsn(LSTORE, count);
            mv.visitLabel(test);
            mv.visitVarInsn(LLOAD, count);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFLE, orelse);
            mv.visitVarInsn(LLOAD, cur);
            storeTarget(f.target(), Scalar.INT64);
            loopBody(f.body(), next, end);
            mv.visitLabel(next);
            mv.visitVarInsn(LLOAD, cur);
            mv.visitVarInsn(LLOAD, stepLocal);
            mv.visitInsn(LADD); // may wrap after the last value only; the count ends the loop
            mv.visitVarInsn(LSTORE, cur);
            mv.visitVarInsn(LLOAD, count);
            mv.visitInsn(LCONST_1);
            mv.visitInsn(LSUB);
            mv.visitVarInsn(LSTORE, count);
            mv.visitJumpInsn(GOTO, test);
        }
        mv.visitLabel(orelse);
        reachable = true;
        statements(f.orelse());
        mv.visitLabel(end);
        reachable = true;
    }

    /** The body of a loop whose {@code continue} goes to {@code next} and {@code break} to {@code end}. */
    void loopBody(List<Stmt> body, Label next, Label end) {
        loops.push(new Loop(next, end));
        reachable = true;
        statements(body);
        loops.pop();
        reachable = true;
    }

    /** Iterating over a homogeneous tuple: the body is emitted once per item. */
    private void tupleLoop(Stmt.For f, TupleType t) {
        JitType item = t.uniform();
        Frame.Slots all = tupleSlots(f.iter(), t);
        Label orelse = new Label();
        Label end = new Label();
        int width = item == null ? 0 : Layout.slots(item).size();
        for (int i = 0; i < t.size(); i++) {
            all.part(i * width, width).load(mv);
            storeTarget(f.target(), item);
            Label next = new Label();
            loopBody(f.body(), next, end);
            mv.visitLabel(next);
        }
        mv.visitLabel(orelse);
        reachable = true;
        statements(f.orelse());
        mv.visitLabel(end);
        reachable = true;
    }

    private void returnValue(JitType t) {
        if (ft.declaredReturn() != null) {
            convertExplicitly(t, returnType);
        } else {
            coerce(t, returnType);
        }
        if (ft.declaredReturn() != null && CodeGenerator.isNarrow(ft.declaredReturn())) {
            narrow((Scalar) ft.declaredReturn());
        }
        Type jvm = Layout.returnType(returnType);
        if (Layout.returnsBoxed(returnType)) {
            box(returnType);
        }
        mv.visitInsn(jvm.getOpcode(IRETURN));
        reachable = false;
    }

    private void raise(Expr exc) {
        List<Expr> args = List.of();
        Expr cls = exc;
        if (exc instanceof Expr.Call c) {
            args = c.args();
            cls = c.func();
        }
        PyType type = (PyType) ((GlobalRef) ft.typeOf(cls)).value();
        raise(type, args);
    }

    private void raise(PyType type, List<Expr> args) {
        loadClassData(new ClassData.ExceptionClass(type), "Lorg/krait/runtime/PyType;");
        pushInt(args.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < args.size(); i++) {
            mv.visitInsn(DUP);
            pushInt(i);
            Expr a = args.get(i);
            if (a instanceof Expr.Constant c && c.value() instanceof String s) {
                mv.visitLdcInsn(s);
            } else {
                box(emit(a));
            }
            mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, OPS, "raise",
                "(Lorg/krait/runtime/PyType;[Ljava/lang/Object;)Lorg/krait/runtime/PyException;", false);
        mv.visitInsn(ATHROW);
        reachable = false;
    }

    // ---- expressions --------------------------------------------------------------------------------------------

    /** Emits {@code e}, leaving its value on the stack; returns its type. */
    JitType emit(Expr e) {
        JitType t = ft.typeOf(e);
        switch (e) {
            case Expr.Constant c -> constant(c.value());
            case Expr.Name n -> {
                Object frozen = ft.constant(n);
                if (frozen != null) {
                    pushValue(frozen, t);
                } else {
                    Frame.Var v = vars.get(n.id());
                    if (uncertain.contains(n)) {
                        checkAssigned(v);
                    }
                    loadVar(v);
                }
            }
            case Expr.BinOp b -> {
                JitType l = emit(b.left());
                binary(b.op(), l, ft.typeOf(b.right()), () -> emit(b.right()));
            }
            case Expr.UnaryOp u -> unary(u, t);
            case Expr.BoolOp b -> boolOp(b, t);
            case Expr.Compare c -> booleanOf(c);
            case Expr.IfExp i -> {
                Label orelse = new Label();
                Label end = new Label();
                branch(i.test(), false, orelse);
                coerce(emit(i.body()), t);
                mv.visitJumpInsn(GOTO, end);
                mv.visitLabel(orelse);
                coerce(emit(i.orelse()), t);
                mv.visitLabel(end);
            }
            case Expr.NamedExpr n -> {
                Frame.Slots tmp = frame.newSlots(t);
                coerce(emit(n.value()), t);
                tmp.store(mv);
                tmp.load(mv);
                storeTarget(n.target(), t);
                tmp.load(mv);
            }
            case Expr.TupleExpr tu -> {
                TupleType tt = (TupleType) t;
                for (int i = 0; i < tu.elts().size(); i++) {
                    coerce(emit(tu.elts().get(i)), tt.get(i));
                }
            }
            case Expr.Call c -> call(c, t);
            case Expr.Attribute a -> attribute(a, t);
            case Expr.Subscript s -> subscript(s, t);
            default -> throw new IllegalStateException("untyped expression " + e);
        }
        return t;
    }

    private void constant(Object v) {
        switch (v) {
            case Long l -> pushLong(l);
            case Double d -> pushDouble(d);
            case Boolean b -> mv.visitInsn(b ? ICONST_1 : ICONST_0);
            case Expr.Constant.Imaginary im -> {
                mv.visitInsn(DCONST_0);
                pushDouble(im.imag());
            }
            default -> {
                // None has no slots
            }
        }
    }

    /** Pushes a frozen global (int, float, bool, complex, None or a tuple of them). */
    private void pushValue(Object v, JitType t) {
        switch (v) {
            case Long l -> pushLong(l);
            case Double d -> pushDouble(d);
            case Boolean b -> mv.visitInsn(b ? ICONST_1 : ICONST_0);
            case PyComplex c -> {
                pushDouble(c.real);
                pushDouble(c.imag);
            }
            case PyTuple tu -> {
                TupleType tt = (TupleType) t;
                for (int i = 0; i < tu.size(); i++) {
                    pushValue(tu.get(i), tt.get(i));
                }
            }
            default -> {
                if (v != PyNone.NONE) {
                    throw new IllegalStateException("constant " + v);
                }
            }
        }
    }

    /** {@code left op right} with the left operand (of type {@code l}) already on the stack. */
    JitType binary(Operator op, JitType l, JitType r, Runnable emitRight) {
        if (l instanceof TupleType) {
            emitRight.run(); // tuple concatenation: the items simply follow each other
            return Operators.binary(op, l, r);
        }
        Scalar operand = Operators.operandType(op, (Scalar) l, (Scalar) r);
        coerce(l, operand);
        emitRight.run();
        coerce(r, operand);
        return arithmetic(op, operand);
    }

    /** Applies {@code op} to two values of type {@code t} on the stack; returns the result type. */
    private JitType arithmetic(Operator op, Scalar t) {
        switch (t) {
            case BOOL -> {
                mv.visitInsn(switch (op) {
                    case BITAND -> IAND;
                    case BITOR -> IOR;
                    default -> IXOR;
                });
                return Scalar.BOOL;
            }
            case INT64 -> {
                switch (op) {
                    case ADD -> exact(LADD, "addExact");
                    case SUB -> exact(LSUB, "subtractExact");
                    case MULT -> exact(LMUL, "multiplyExact");
                    case FLOORDIV -> ops(wrap ? "floorDivWrap" : "floorDiv", "(JJ)J");
                    case MOD -> ops("floorMod", "(JJ)J");
                    case POW -> ops(wrap ? "powWrap" : "pow", "(JJ)J");
                    case LSHIFT -> ops(wrap ? "lshiftWrap" : "lshift", "(JJ)J");
                    case RSHIFT -> ops("rshift", "(JJ)J");
                    case BITAND -> mv.visitInsn(LAND);
                    case BITOR -> mv.visitInsn(LOR);
                    case BITXOR -> mv.visitInsn(LXOR);
                    default -> throw new IllegalStateException(op.name());
                }
                return Scalar.INT64;
            }
            case FLOAT64 -> {
                boolean numpy = ft.options().numpyErrorModel();
                switch (op) {
                    case ADD -> mv.visitInsn(DADD);
                    case SUB -> mv.visitInsn(DSUB);
                    case MULT -> mv.visitInsn(DMUL);
                    case DIV -> {
                        if (numpy) {
                            mv.visitInsn(DDIV);
                        } else {
                            ops("div", "(DD)D");
                        }
                    }
                    case FLOORDIV -> ops(numpy ? "floorDivNumpy" : "floorDiv", "(DD)D");
                    case MOD -> ops(numpy ? "modNumpy" : "mod", "(DD)D");
                    case POW -> ops("pow", "(DD)D");
                    default -> throw new IllegalStateException(op.name());
                }
                return Scalar.FLOAT64;
            }
            case COMPLEX128 -> {
                String name = switch (op) {
                    case ADD -> "cadd";
                    case SUB -> "csub";
                    case MULT -> "cmul";
                    case DIV -> "cdiv";
                    case POW -> "cpow";
                    default -> throw new IllegalStateException(op.name());
                };
                ops(name, "(DDDD)L" + PYCOMPLEX + ";");
                unbox(Scalar.COMPLEX128);
                return Scalar.COMPLEX128;
            }
            default -> throw new IllegalStateException(t.name());
        }
    }

    /** An int64 operation: checked (Math.*Exact, an overflow throws) unless overflow='wrap'. */
    private void exact(int plain, String checked) {
        if (wrap) {
            mv.visitInsn(plain);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", checked, "(JJ)J", false);
        }
    }

    void ops(String name, String descriptor) {
        mv.visitMethodInsn(INVOKESTATIC, OPS, name, descriptor, false);
    }

    private void unary(Expr.UnaryOp u, JitType result) {
        if (u.op() == UnaryOperator.NOT) {
            booleanOf(u);
            return;
        }
        JitType t = emit(u.operand());
        coerce(t, result);
        switch (u.op()) {
            case USUB -> {
                switch ((Scalar) result) {
                    case INT64 -> {
                        if (wrap) {
                            mv.visitInsn(LNEG);
                        } else {
                            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "negateExact", "(J)J", false);
                        }
                    }
                    case FLOAT64 -> mv.visitInsn(DNEG);
                    default -> {
                        mv.visitInsn(DNEG); // imaginary part
                        int im = frame.newLocal(Type.DOUBLE_TYPE);
                        mv.visitVarInsn(DSTORE, im);
                        mv.visitInsn(DNEG);
                        mv.visitVarInsn(DLOAD, im);
                    }
                }
            }
            case INVERT -> {
                if (result == Scalar.BOOL) {
                    mv.visitInsn(ICONST_1); // ~ of a bool is logical not, as in Numba (numpy's bool)
                    mv.visitInsn(IXOR);
                } else {
                    pushLong(-1L);
                    mv.visitInsn(LXOR);
                }
            }
            default -> {
                // unary plus: the conversion above is all
            }
        }
    }

    private void boolOp(Expr.BoolOp b, JitType result) {
        Label end = new Label();
        List<Expr> values = b.values();
        for (int i = 0; i < values.size(); i++) {
            Expr v = values.get(i);
            JitType t = emit(v);
            if (i == values.size() - 1) {
                coerce(t, result);
                break;
            }
            Frame.Slots tmp = frame.newSlots(t);
            tmp.store(mv);
            tmp.load(mv);
            truth(t);
            Label next = new Label();
            // 'or' keeps a true value, 'and' a false one
            mv.visitJumpInsn(b.op() == org.krait.parser.ast.BoolOperator.OR ? IFEQ : IFNE, next);
            tmp.load(mv);
            coerce(t, result);
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(next);
        }
        mv.visitLabel(end);
    }

    /** Pushes 1 or 0: the truth of a condition expression. */
    private void booleanOf(Expr e) {
        Label isFalse = new Label();
        Label end = new Label();
        branch(e, false, isFalse);
        mv.visitInsn(ICONST_1);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(isFalse);
        mv.visitInsn(ICONST_0);
        mv.visitLabel(end);
    }

    /** Replaces the value on the stack (of type {@code t}) by its truth, an int 0 or 1. */
    void truth(JitType t) {
        switch (t) {
            case Scalar s -> {
                switch (s.widen()) {
                    case BOOL -> {
                    }
                    case INT64 -> ops("truth", "(J)Z");
                    case FLOAT64 -> ops("truth", "(D)Z");
                    case COMPLEX128 -> ops("truth", "(DD)Z");
                    default -> mv.visitInsn(ICONST_0);
                }
            }
            case TupleType tu -> {
                pop(tu);
                pushInt(tu.size() > 0 ? 1 : 0);
            }
            case OptionalType o -> {
                // None is false; otherwise the truth of the value
                Label none = new Label();
                Label end = new Label();
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESTATIC, BOXES, "isNone", "(Ljava/lang/Object;)Z", false);
                mv.visitJumpInsn(IFNE, none);
                unbox(o.type());
                truth(o.type());
                mv.visitJumpInsn(GOTO, end);
                mv.visitLabel(none);
                mv.visitInsn(POP);
                mv.visitInsn(ICONST_0);
                mv.visitLabel(end);
            }
            default -> throw new IllegalStateException("truth of " + t.typeName());
        }
    }

    /** Jumps to {@code target} when the truth of {@code e} equals {@code when}; falls through otherwise. */
    void branch(Expr e, boolean when, Label target) {
        switch (e) {
            case Expr.UnaryOp u when u.op() == UnaryOperator.NOT -> branch(u.operand(), !when, target);
            case Expr.BoolOp b -> {
                boolean isAnd = b.op() == org.krait.parser.ast.BoolOperator.AND;
                if (isAnd != when) {
                    // 'a and b' false if any is false / 'a or b' true if any is true
                    for (Expr v : b.values()) {
                        branch(v, when, target);
                    }
                } else {
                    Label skip = new Label();
                    List<Expr> values = b.values();
                    for (int i = 0; i < values.size() - 1; i++) {
                        branch(values.get(i), !when, skip);
                    }
                    branch(values.get(values.size() - 1), when, target);
                    mv.visitLabel(skip);
                }
            }
            case Expr.Compare c -> comparisons.compare(c, when, target);
            case Expr.Constant c when c.value() instanceof Boolean b -> {
                if (b == when) {
                    mv.visitJumpInsn(GOTO, target);
                }
            }
            default -> {
                truth(emit(e));
                mv.visitJumpInsn(when ? IFNE : IFEQ, target);
            }
        }
    }

    private void attribute(Expr.Attribute a, JitType t) {
        JitType receiver = ft.typeOf(a.value());
        if (receiver instanceof GlobalRef) {
            pushDouble(Intrinsics.mathConstant(a.attr()));
            return;
        }
        if (receiver instanceof ArrayType arr) {
            arrays.attribute(a, arr);
            return;
        }
        Scalar s = ((Scalar) receiver).widen();
        emit(a.value());
        boolean real = a.attr().equals("real");
        if (s == Scalar.COMPLEX128) {
            if (real) {
                mv.visitInsn(POP2);
            } else {
                mv.visitInsn(DUP2_X2);
                mv.visitInsn(POP2);
                mv.visitInsn(POP2);
            }
            return;
        }
        coerce(s, t);
        if (!real) {
            pop(t);
            pushZero((Scalar) t);
        }
    }

    private void subscript(Expr.Subscript s, JitType t) {
        JitType container = ft.typeOf(s.value());
        if (container instanceof ArrayType arr) {
            arrays.load(s, arr, t);
            return;
        }
        TupleType tuple = (TupleType) container;
        Expr index = s.slice();
        if (index instanceof Expr.Slice slice) {
            List<Integer> picked = TupleSlices.indices(TupleSlices.bounds(slice, tuple.size()));
            Frame.Slots all = tupleSlots(s.value(), tuple);
            for (int i : picked) {
                itemSlots(all, tuple, i).load(mv);
            }
            return;
        }
        Long constant = TupleSlices.constantIndex(index);
        if (constant != null) {
            int i = (int) (constant < 0 ? constant + tuple.size() : constant);
            itemSlots(tupleSlots(s.value(), tuple), tuple, i).load(mv);
            return;
        }
        // a variable index into a homogeneous tuple: a switch over the positions
        Frame.Slots all = tupleSlots(s.value(), tuple);
        coerce(emit(index), Scalar.INT64);
        pushInt(tuple.size());
        ops("tupleIndex", "(JI)I");
        Label end = new Label();
        Label[] cases = new Label[tuple.size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = new Label();
        }
        Label dflt = new Label();
        mv.visitTableSwitchInsn(0, cases.length - 1, dflt, cases);
        for (int i = 0; i < cases.length; i++) {
            mv.visitLabel(cases[i]);
            itemSlots(all, tuple, i).load(mv);
            mv.visitJumpInsn(GOTO, end);
        }
        mv.visitLabel(dflt);
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(ATHROW);
        mv.visitLabel(end);
    }

    /** The locals holding a tuple: a variable's own, or temporaries the evaluated expression is stored in. */
    private Frame.Slots tupleSlots(Expr e, TupleType t) {
        if (e instanceof Expr.Name n && ft.constant(n) == null) {
            return vars.get(n.id()).slots();
        }
        Frame.Slots tmp = frame.newSlots(t);
        emit(e);
        tmp.store(mv);
        return tmp;
    }

    private static Frame.Slots itemSlots(Frame.Slots all, TupleType t, int i) {
        int from = 0;
        for (int k = 0; k < i; k++) {
            from += Layout.slots(t.get(k)).size();
        }
        return all.part(from, Layout.slots(t.get(i)).size());
    }

    // ---- calls --------------------------------------------------------------------------------------------------

    private void call(Expr.Call c, JitType t) {
        CallInfo info = ft.call(c);
        switch (info) {
            case CallInfo.IntrinsicCall ic -> {
                for (int i = 0; i < ic.args().size(); i++) {
                    coerce(emit(ic.args().get(i)), ic.intrinsic().params().get(i));
                }
                if (!ic.intrinsic().isIdentity()) {
                    mv.visitMethodInsn(INVOKESTATIC, ic.intrinsic().owner(), ic.intrinsic().method(),
                            ic.intrinsic().descriptor(), false);
                    if (Layout.returnsBoxed(t)) {
                        unbox(t);
                    }
                }
            }
            case CallInfo.JitCall jc -> jitCall(jc);
            case CallInfo.MinMax mm -> {
                Scalar s = (Scalar) mm.type();
                String desc = switch (s) {
                    case BOOL -> "(ZZ)Z";
                    case INT64 -> "(JJ)J";
                    default -> "(DD)D";
                };
                for (int i = 0; i < mm.args().size(); i++) {
                    coerce(emit(mm.args().get(i)), s);
                    if (i > 0) {
                        ops(mm.max() ? "max" : "min", desc);
                    }
                }
            }
            case CallInfo.MinMaxTuple mm -> {
                JitType arg = ft.typeOf(mm.tuple());
                if (arg instanceof ArrayType a) {
                    arrays.minMax(mm, a, (Scalar) t);
                    return;
                }
                TupleType tuple = (TupleType) arg;
                Scalar s = (Scalar) t;
                String desc = s == Scalar.INT64 ? "(JJ)J" : "(DD)D";
                Frame.Slots all = tupleSlots(mm.tuple(), tuple);
                for (int i = 0; i < tuple.size(); i++) {
                    itemSlots(all, tuple, i).load(mv);
                    coerce(tuple.get(i), s);
                    if (i > 0) {
                        ops(mm.max() ? "max" : "min", desc);
                    }
                }
            }
            case CallInfo.Len len -> {
                JitType arg = ft.typeOf(len.arg());
                switch (arg) {
                    case TupleType tu -> {
                        if (!(len.arg() instanceof Expr.Name)) {
                            pop(emit(len.arg()));
                        }
                        pushLong(tu.size());
                    }
                    case RangeType r -> {
                        CallInfo.RangeCall range = (CallInfo.RangeCall) ft.call((Expr.Call) len.arg());
                        List<Expr> a = range.args();
                        if (a.size() == 1) {
                            mv.visitInsn(LCONST_0);
                        } else {
                            coerce(emit(a.get(0)), Scalar.INT64);
                        }
                        coerce(emit(a.get(a.size() == 1 ? 0 : 1)), Scalar.INT64);
                        if (a.size() == 3) {
                            coerce(emit(a.get(2)), Scalar.INT64);
                        } else {
                            mv.visitInsn(LCONST_1);
                        }
                        ops("rangeLen", "(JJJ)J");
                    }
                    default -> arrays.len(len.arg());
                }
            }
            case CallInfo.Zero z -> pushZero((Scalar) z.type());
            case CallInfo.Conjugate cj -> {
                JitType r = emit(cj.receiver());
                coerce(r, t);
                if (t == Scalar.COMPLEX128) {
                    mv.visitInsn(DNEG);
                }
            }
            case CallInfo.Reduce r -> {
                emit(r.array());
                pushInt(r.kind());
                if (t == Scalar.FLOAT64) {
                    mv.visitMethodInsn(INVOKESTATIC, "org/krait/jit/codegen/Reductions", "ofDoubles",
                            "(L" + Layout.NDARRAY.getInternalName() + ";I)D", false);
                } else {
                    mv.visitMethodInsn(INVOKESTATIC, "org/krait/jit/codegen/Reductions", "ofLongs",
                            "(L" + Layout.NDARRAY.getInternalName() + ";I)J", false);
                    if (t == Scalar.BOOL) {
                        mv.visitInsn(L2I); // min/max of a bool array: 0 or 1
                    }
                }
            }
            case CallInfo.NewArray na -> {
                JitType st = ft.typeOf(na.shape());
                int ndim = na.type().ndim();
                Frame.Slots dims = frame.newSlots(st);
                emit(na.shape());
                dims.store(mv);
                pushInt(ndim);
                mv.visitIntInsn(NEWARRAY, T_LONG);
                for (int i = 0; i < ndim; i++) {
                    mv.visitInsn(DUP);
                    pushInt(i);
                    JitType item = st instanceof TupleType tu ? tu.get(i) : st;
                    (st instanceof TupleType tu ? itemSlots(dims, tu, i) : dims).load(mv);
                    coerce(item, Scalar.INT64);
                    mv.visitInsn(LASTORE);
                }
                mv.visitLdcInsn(na.type().dtype().name());
                mv.visitInsn(na.ones() ? ICONST_1 : ICONST_0);
                mv.visitMethodInsn(INVOKESTATIC, ARRAYS, "newArray",
                        "([JLjava/lang/String;Z)L" + Layout.NDARRAY.getInternalName() + ";", false);
            }
            case CallInfo.Print p -> {
                pushInt(p.args().size());
                mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
                for (int i = 0; i < p.args().size(); i++) {
                    mv.visitInsn(DUP);
                    pushInt(i);
                    Expr a = p.args().get(i);
                    if (a instanceof Expr.Constant k && k.value() instanceof String s) {
                        mv.visitLdcInsn(s);
                    } else {
                        box(emit(a));
                    }
                    mv.visitInsn(AASTORE);
                }
                mv.visitInsn(ft.options().nogil() ? ICONST_1 : ICONST_0);
                mv.visitMethodInsn(INVOKESTATIC, "org/krait/jit/codegen/JitIO", "print", "([Ljava/lang/Object;Z)V",
                        false);
            }
            case CallInfo.RangeCall r -> throw new IllegalStateException("range outside a for loop");
        }
    }

    /** A call to a compiled function: itself directly, any other through its call site. */
    private void jitCall(CallInfo.JitCall jc) {
        FunctionTyping callee = jc.callee();
        List<JitType> params = callee.argTypes();
        for (int i = 0; i < params.size(); i++) {
            JitType p = widened(params.get(i));
            Expr arg = jc.args().get(i);
            if (arg != null) {
                coerce(emit(arg), p);
                if (CodeGenerator.isNarrow(params.get(i))) {
                    narrow((Scalar) params.get(i)); // a callee declared int32 gets what its entry would check
                }
            } else {
                Object v = jc.defaults().get(i);
                pushValue(v, p);
            }
        }
        JitType result = CodeGenerator.effectiveReturn(callee);
        String desc = Layout.methodDescriptor(widenAll(params), result);
        if (callee == ft) {
            mv.visitMethodInsn(INVOKESTATIC, className, methodName, desc, false);
        } else {
            int index = dataIndex(new ClassData.Callee(callee));
            mv.visitInvokeDynamicInsn(CodeGenerator.methodName(callee.function()), desc, CALLSITE_BOOTSTRAP, index);
        }
        if (Layout.returnsBoxed(result) && !(result instanceof OptionalType)) {
            unbox(result);
        }
    }

    static List<JitType> widenAll(List<JitType> types) {
        List<JitType> out = new ArrayList<>();
        types.forEach(t -> out.add(widened(t)));
        return out;
    }

    // ---- values -------------------------------------------------------------------------------------------------

    /** Converts the value on the stack from type {@code from} to type {@code to}. */
    void coerce(JitType from, JitType to) {
        from = widened(from);
        to = widened(to);
        if (from.equals(to)) {
            return;
        }
        if (to instanceof OptionalType o) {
            if (from == Scalar.NONE) {
                mv.visitMethodInsn(INVOKESTATIC, BOXES, "none", "()Ljava/lang/Object;", false);
            } else if (!(from instanceof OptionalType)) {
                coerce(from, o.type());
                box(o.type());
            }
            return;
        }
        if (from instanceof Scalar f && to instanceof Scalar t) {
            if (t == Scalar.COMPLEX128) {
                coerce(f, Scalar.FLOAT64);
                mv.visitInsn(DCONST_0);
                return;
            }
            switch (f) {
                case BOOL -> mv.visitInsn(t == Scalar.INT64 ? I2L : I2D);
                case INT64 -> mv.visitInsn(L2D);
                default -> throw new IllegalStateException(f + " to " + t);
            }
            return;
        }
        if (from instanceof TupleType f && to instanceof TupleType t) {
            Frame.Slots all = frame.newSlots(f);
            all.store(mv);
            for (int i = 0; i < f.size(); i++) {
                itemSlots(all, f, i).load(mv);
                coerce(f.get(i), t.get(i));
            }
            return;
        }
        if (from instanceof ArrayType && to instanceof ArrayType) {
            return; // a C-contiguous array is also an 'A' one
        }
        throw new IllegalStateException("cannot convert " + from.typeName() + " to " + to.typeName());
    }

    /** A declared return type: besides {@link #coerce}, a float becomes an int (truncated) or a bool. */
    private void convertExplicitly(JitType from, JitType to) {
        from = widened(from);
        if (from == Scalar.FLOAT64 && to == Scalar.INT64) {
            ops("floatToInt", "(D)J");
        } else if (from == Scalar.FLOAT64 && to == Scalar.BOOL || from == Scalar.INT64 && to == Scalar.BOOL) {
            truth(from);
        } else {
            coerce(from, to);
        }
    }

    static JitType widened(JitType t) {
        if (t instanceof Scalar s) {
            return s.widen();
        } else if (t instanceof TupleType tu) {
            return new TupleType(widenAll(tu.items()));
        }
        return t;
    }

    /** Replaces a value of type {@code t} on the stack by its Krait object. */
    void box(JitType t) {
        switch (t) {
            case Scalar s -> {
                switch (s.widen()) {
                    case NONE -> mv.visitMethodInsn(INVOKESTATIC, BOXES, "none", "()Ljava/lang/Object;", false);
                    case BOOL -> mv.visitMethodInsn(INVOKESTATIC, BOXES, "box", "(Z)Ljava/lang/Object;", false);
                    case INT64 -> mv.visitMethodInsn(INVOKESTATIC, BOXES, "box", "(J)Ljava/lang/Object;", false);
                    case FLOAT64 -> mv.visitMethodInsn(INVOKESTATIC, BOXES, "box", "(D)Ljava/lang/Object;", false);
                    default -> mv.visitMethodInsn(INVOKESTATIC, BOXES, "box", "(DD)Ljava/lang/Object;", false);
                }
            }
            case TupleType tu -> {
                Frame.Slots all = frame.newSlots(tu);
                all.store(mv);
                pushInt(tu.size());
                mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
                for (int i = 0; i < tu.size(); i++) {
                    mv.visitInsn(DUP);
                    pushInt(i);
                    itemSlots(all, tu, i).load(mv);
                    box(tu.get(i));
                    mv.visitInsn(AASTORE);
                }
                mv.visitMethodInsn(INVOKESTATIC, PYTUPLE, "of", "([Ljava/lang/Object;)L" + PYTUPLE + ";", false);
            }
            default -> {
                // arrays and optionals are objects already
            }
        }
    }

    /** Replaces a Krait object on the stack by the layout of type {@code t}. */
    void unbox(JitType t) {
        switch (t) {
            case Scalar s -> {
                switch (s.widen()) {
                    case NONE -> mv.visitInsn(POP);
                    case BOOL -> mv.visitMethodInsn(INVOKESTATIC, BOXES, "toBoolean", "(Ljava/lang/Object;)Z", false);
                    case INT64 -> mv.visitMethodInsn(INVOKESTATIC, BOXES, "toLong", "(Ljava/lang/Object;)J", false);
                    case FLOAT64 -> mv.visitMethodInsn(INVOKESTATIC, BOXES, "toDouble", "(Ljava/lang/Object;)D",
                            false);
                    default -> {
                        mv.visitInsn(DUP);
                        mv.visitMethodInsn(INVOKESTATIC, BOXES, "real", "(Ljava/lang/Object;)D", false);
                        mv.visitInsn(DUP2_X1);
                        mv.visitInsn(POP2);
                        mv.visitMethodInsn(INVOKESTATIC, BOXES, "imag", "(Ljava/lang/Object;)D", false);
                    }
                }
            }
            case TupleType tu -> {
                int ref = frame.newLocal(Layout.OBJECT);
                mv.visitTypeInsn(CHECKCAST, PYTUPLE);
                mv.visitVarInsn(ASTORE, ref);
                for (int i = 0; i < tu.size(); i++) {
                    mv.visitVarInsn(ALOAD, ref);
                    pushInt(i);
                    mv.visitMethodInsn(INVOKEVIRTUAL, PYTUPLE, "get", "(I)Ljava/lang/Object;", false);
                    unbox(tu.get(i));
                }
            }
            case ArrayType a -> mv.visitTypeInsn(CHECKCAST, Layout.NDARRAY.getInternalName());
            default -> {
            }
        }
    }

    /** Unboxes an argument of a declared type; a narrower type (int32, float32) is checked or rounded. */
    void unboxArgument(JitType declared) {
        unbox(widened(declared));
        if (CodeGenerator.isNarrow(declared)) {
            narrow((Scalar) declared);
        }
    }

    /**
     * Brings the (widened) value on the stack into the range of a narrower declared type: integers must fit
     * (OverflowError otherwise), floats are rounded to single precision.
     */
    private void narrow(Scalar declared) {
        switch (declared.kind()) {
            case INT, UINT -> {
                long min = declared.kind() == Scalar.Kind.UINT ? 0 : -(1L << (declared.bits() - 1));
                long max = declared.bits() == 64 ? Long.MAX_VALUE
                        : declared.kind() == Scalar.Kind.UINT ? (1L << declared.bits()) - 1
                        : (1L << (declared.bits() - 1)) - 1;
                pushLong(min);
                pushLong(max);
                mv.visitLdcInsn(declared.typeName());
                mv.visitMethodInsn(INVOKESTATIC, BOXES, "checkRange", "(JJJLjava/lang/String;)J", false);
            }
            case FLOAT -> {
                mv.visitInsn(D2F);
                mv.visitInsn(F2D);
            }
            case COMPLEX -> {
                int im = frame.newLocal(Type.DOUBLE_TYPE);
                mv.visitInsn(D2F);
                mv.visitInsn(F2D);
                mv.visitVarInsn(DSTORE, im);
                mv.visitInsn(D2F);
                mv.visitInsn(F2D);
                mv.visitVarInsn(DLOAD, im);
            }
            default -> {
            }
        }
    }

    void pop(JitType t) {
        List<Type> slots = Layout.slots(t);
        for (int i = slots.size() - 1; i >= 0; i--) {
            mv.visitInsn(slots.get(i).getSize() == 2 ? POP2 : POP);
        }
    }

    private void pushZero(Scalar t) {
        switch (t.widen()) {
            case BOOL -> mv.visitInsn(ICONST_0);
            case INT64 -> mv.visitInsn(LCONST_0);
            case FLOAT64 -> mv.visitInsn(DCONST_0);
            case COMPLEX128 -> {
                mv.visitInsn(DCONST_0);
                mv.visitInsn(DCONST_0);
            }
            default -> {
            }
        }
    }

    void pushLong(long v) {
        if (v == 0 || v == 1) {
            mv.visitInsn(v == 0 ? LCONST_0 : LCONST_1);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    void pushDouble(double v) {
        if (Double.doubleToRawLongBits(v) == 0L) {
            mv.visitInsn(DCONST_0);
        } else if (v == 1.0) {
            mv.visitInsn(DCONST_1);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    void pushInt(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** Index of {@code entry} in the class data, added on first use. */
    int dataIndex(ClassData entry) {
        int i = data.indexOf(entry);
        if (i < 0) {
            data.add(entry);
            i = data.size() - 1;
        }
        return i;
    }

    /** Pushes a class-data object (a dynamic constant, loaded once). */
    void loadClassData(ClassData entry, String descriptor) {
        int index = dataIndex(entry);
        mv.visitLdcInsn(new ConstantDynamic("_", descriptor, CLASS_DATA_AT, index));
    }

    Frame frame() {
        return frame;
    }

    FunctionTyping typing() {
        return ft;
    }

    Frame.Var var(String name) {
        return vars.get(name);
    }

    void setReachable(boolean r) {
        reachable = r;
    }
}
