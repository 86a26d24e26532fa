package org.krait.jit.codegen;

import org.krait.jit.infer.CallInfo;
import org.krait.jit.types.ArrayType;
import org.krait.jit.types.JitType;
import org.krait.jit.types.Scalar;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.Stmt;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.util.List;

import static org.objectweb.asm.Opcodes.*;

/**
 * Array code: element loads and stores read the backing Java array, offset, shape and strides an array variable
 * keeps in locals ({@link Frame.ArrayCache}); a negative index counts from the end; with {@code boundscheck=True}
 * an index out of its dimension raises IndexError. Views ({@code a[i]} of a 2-D array, slices) are built by
 * {@link ViewBuilder}.
 */
final class ArrayEmitter {
    private static final String NDARRAY = "org/krait/jit/array/NDArray";
    private static final String ARRAYS = "org/krait/jit/codegen/JitArrays";
    private static final String BUILDER = "org/krait/jit/codegen/ViewBuilder";

    private final MethodEmitter m;
    private final MethodVisitor mv;

    ArrayEmitter(MethodEmitter m, MethodVisitor mv) {
        this.m = m;
        this.mv = mv;
    }

    /** Reloads the cached fields of an array variable after its reference changed. */
    void refresh(Frame.Var v) {
        Frame.ArrayCache c = v.array();
        int ref = v.slots().index()[0];
        Label unset = new Label();
        mv.visitVarInsn(ALOAD, ref);
        mv.visitJumpInsn(IFNULL, unset); // a variable not assigned yet (copied into a prange chunk)
        mv.visitVarInsn(ALOAD, ref);
        mv.visitMethodInsn(INVOKEINTERFACE, NDARRAY, "data", "()Ljava/lang/Object;", true);
        mv.visitTypeInsn(CHECKCAST, c.dataType().getInternalName());
        mv.visitVarInsn(ASTORE, c.data());
        mv.visitVarInsn(ALOAD, ref);
        mv.visitMethodInsn(INVOKEINTERFACE, NDARRAY, "offset", "()J", true);
        mv.visitVarInsn(LSTORE, c.offset());
        for (int d = 0; d < c.shape().length; d++) {
            mv.visitVarInsn(ALOAD, ref);
            m.pushInt(d);
            mv.visitMethodInsn(INVOKEINTERFACE, NDARRAY, "shape", "(I)J", true);
            mv.visitVarInsn(LSTORE, c.shape()[d]);
            mv.visitVarInsn(ALOAD, ref);
            m.pushInt(d);
            mv.visitMethodInsn(INVOKEINTERFACE, NDARRAY, "stride", "(I)J", true);
            mv.visitVarInsn(LSTORE, c.stride()[d]);
        }
        mv.visitLabel(unset);
    }

    /** The variable holding an array expression: its own for a local name, else a temporary. */
    private Frame.Var arrayVar(Expr e, ArrayType t) {
        if (e instanceof Expr.Name n && m.var(n.id()) != null) {
            return m.var(n.id());
        }
        Frame.Var tmp = m.frame().newVar("$array", t, false);
        Frame.initialize(mv, tmp);
        m.storeVar(tmp, m.emit(e));
        return tmp;
    }

    private boolean isElement(Expr.Subscript s, ArrayType a) {
        List<Expr> parts = parts(s);
        return parts.size() == a.ndim() && parts.stream().noneMatch(p -> p instanceof Expr.Slice);
    }

    private static List<Expr> parts(Expr.Subscript s) {
        return s.slice() instanceof Expr.TupleExpr t ? t.elts() : List.of(s.slice());
    }

    /** Pushes the position of element {@code a[i, j, ...]} in the backing array, as an int. */
    private void position(Frame.Var v, List<Expr> indices, ArrayType a) {
        Frame.ArrayCache c = v.array();
        boolean check = m.typing().options().boundscheck();
        mv.visitVarInsn(LLOAD, c.offset());
        for (int d = 0; d < indices.size(); d++) {
            m.coerce(m.emit(indices.get(d)), Scalar.INT64);
            mv.visitVarInsn(LLOAD, c.shape()[d]);
            if (check) {
                m.pushInt(d);
                mv.visitMethodInsn(INVOKESTATIC, ARRAYS, "check", "(JJI)J", false);
            } else {
                mv.visitMethodInsn(INVOKESTATIC, ARRAYS, "wrap", "(JJ)J", false);
            }
            mv.visitVarInsn(LLOAD, c.stride()[d]);
            mv.visitInsn(LMUL);
            mv.visitInsn(LADD);
        }
        if (a.dtype().kind() == Scalar.Kind.COMPLEX) {
            mv.visitInsn(ICONST_1);
            mv.visitInsn(LSHL);
        }
        mv.visitInsn(L2I);
    }

    void load(Expr.Subscript s, ArrayType a, JitType result) {
        Frame.Var v = arrayVar(s.value(), a);
        if (!isElement(s, a)) {
            view(v, parts(s));
            return;
        }
        mv.visitVarInsn(ALOAD, v.array().data());
        position(v, parts(s), a);
        loadElement(a.dtype());
    }

    /** With the data array and position on the stack, loads the element widened to its computation type. */
    private void loadElement(Scalar dtype) {
        switch (dtype) {
            case INT64 -> mv.visitInsn(LALOAD);
            case UINT64 -> {
                mv.visitInsn(LALOAD);
                mv.visitMethodInsn(INVOKESTATIC, ARRAYS, "uint64", "(J)J", false);
            }
            case INT32 -> {
                mv.visitInsn(IALOAD);
                mv.visitInsn(I2L);
            }
            case UINT32 -> {
                mv.visitInsn(IALOAD);
                mv.visitInsn(I2L);
                mv.visitLdcInsn(0xffff_ffffL);
                mv.visitInsn(LAND);
            }
            case INT16 -> {
                mv.visitInsn(SALOAD);
                mv.visitInsn(I2L);
            }
            case UINT16 -> {
                mv.visitInsn(SALOAD);
                mv.visitLdcInsn(0xffff);
                mv.visitInsn(IAND);
                mv.visitInsn(I2L);
            }
            case INT8 -> {
                mv.visitInsn(BALOAD);
                mv.visitInsn(I2L);
            }
            case UINT8 -> {
                mv.visitInsn(BALOAD);
                mv.visitIntInsn(SIPUSH, 0xff);
                mv.visitInsn(IAND);
                mv.visitInsn(I2L);
            }
            case FLOAT64 -> mv.visitInsn(DALOAD);
            case FLOAT32 -> {
                mv.visitInsn(FALOAD);
                mv.visitInsn(F2D);
            }
            case BOOL -> mv.visitInsn(BALOAD);
            case COMPLEX128, COMPLEX64 -> {
                boolean single = dtype == Scalar.COMPLEX64;
                int pos = m.frame().newLocal(Type.INT_TYPE);
                int arr = m.frame().newLocal(Type.getType(Object.class));
                mv.visitVarInsn(ISTORE, pos);
                mv.visitVarInsn(ASTORE, arr);
                for (int part = 0; part < 2; part++) {
                    mv.visitVarInsn(ALOAD, arr);
                    mv.visitTypeInsn(CHECKCAST, single ? "[F" : "[D");
                    mv.visitVarInsn(ILOAD, pos);
                    if (part == 1) {
                        mv.visitInsn(ICONST_1);
                        mv.visitInsn(IADD);
                    }
                    mv.visitInsn(single ? FALOAD : DALOAD);
                    if (single) {
                        mv.visitInsn(F2D);
                    }
                }
            }
            case NONE -> throw new IllegalStateException();
        }
    }

    /** Stores the value in {@code value} (of type {@code t}) into {@code a[...]}. */
    void store(Expr.Subscript s, Frame.Slots value, JitType t) {
        ArrayType a = (ArrayType) m.typing().typeOf(s.value());
        Frame.Var v = arrayVar(s.value(), a);
        if (!isElement(s, a)) {
            view(v, parts(s));
            value.load(mv);
            m.box(t);
            mv.visitMethodInsn(INVOKESTATIC, ARRAYS, "assign", "(L" + NDARRAY + ";Ljava/lang/Object;)V", false);
            return;
        }
        mv.visitVarInsn(ALOAD, v.array().data());
        position(v, parts(s), a);
        storeElement(a.dtype(), value, t);
    }

    /** With the data array and position on the stack, stores {@code value} converted to the dtype. */
    private void storeElement(Scalar dtype, Frame.Slots value, JitType t) {
        Scalar from = ((Scalar) t).widen();
        if (dtype.kind() == Scalar.Kind.COMPLEX) {
            boolean single = dtype == Scalar.COMPLEX64;
            int pos = m.frame().newLocal(Type.INT_TYPE);
            int arr = m.frame().newLocal(Type.getType(Object.class));
            mv.visitVarInsn(ISTORE, pos);
            mv.visitVarInsn(ASTORE, arr);
            value.load(mv);
            m.coerce(from, Scalar.COMPLEX128);
            int im = m.frame().newLocal(Type.DOUBLE_TYPE);
            int re = m.frame().newLocal(Type.DOUBLE_TYPE);
            mv.visitVarInsn(DSTORE, im);
            mv.visitVarInsn(DSTORE, re);
            for (int part = 0; part < 2; part++) {
                mv.visitVarInsn(ALOAD, arr);
                mv.visitTypeInsn(CHECKCAST, single ? "[F" : "[D");
                mv.visitVarInsn(ILOAD, pos);
                if (part == 1) {
                    mv.visitInsn(ICONST_1);
                    mv.visitInsn(IADD);
                }
                mv.visitVarInsn(DLOAD, part == 0 ? re : im);
                if (single) {
                    mv.visitInsn(D2F);
                }
                mv.visitInsn(single ? FASTORE : DASTORE);
            }
            return;
        }
        value.load(mv);
        switch (dtype) {
            case BOOL -> m.truth(from);
            case FLOAT64 -> m.coerce(from, Scalar.FLOAT64);
            case FLOAT32 -> {
                m.coerce(from, Scalar.FLOAT64);
                mv.visitInsn(D2F);
            }
            default -> {
                // integers: floats are truncated, as numpy and Numba store them
                switch (from) {
                    case BOOL -> mv.visitInsn(I2L);
                    case FLOAT64 -> mv.visitInsn(D2L);
                    default -> {
                    }
                }
                switch (dtype.bits()) {
                    case 8 -> {
                        mv.visitInsn(L2I);
                        mv.visitInsn(I2B);
                    }
                    case 16 -> {
                        mv.visitInsn(L2I);
                        mv.visitInsn(I2S);
                    }
                    case 32 -> mv.visitInsn(L2I);
                    default -> {
                    }
                }
            }
        }
        mv.visitInsn(switch (dtype) {
            case INT64, UINT64 -> LASTORE;
            case INT32, UINT32 -> IASTORE;
            case INT16, UINT16 -> SASTORE;
            case INT8, UINT8, BOOL -> BASTORE;
            case FLOAT32 -> FASTORE;
            default -> DASTORE;
        });
    }

    /** {@code a[i, j] op= value}: the position is computed once. */
    void augAssign(Expr.Subscript s, Operator op, Expr valueExpr) {
        ArrayType a = (ArrayType) m.typing().typeOf(s.value());
        Frame.Var v = arrayVar(s.value(), a);
        int pos = m.frame().newLocal(Type.INT_TYPE);
        position(v, parts(s), a);
        mv.visitVarInsn(ISTORE, pos);
        Scalar element = a.dtype().widen();
        mv.visitVarInsn(ALOAD, v.array().data());
        mv.visitVarInsn(ILOAD, pos);
        loadElement(a.dtype());
        JitType result = m.binary(op, element, m.typing().typeOf(valueExpr), () -> m.emit(valueExpr));
        Frame.Slots value = m.frame().newSlots(result);
        value.store(mv);
        mv.visitVarInsn(ALOAD, v.array().data());
        mv.visitVarInsn(ILOAD, pos);
        storeElement(a.dtype(), value, result);
    }

    /** Pushes the view {@code a[parts]}. */
    private void view(Frame.Var v, List<Expr> parts) {
        mv.visitTypeInsn(NEW, BUILDER);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, v.slots().index()[0]);
        mv.visitMethodInsn(INVOKESPECIAL, BUILDER, "<init>", "(L" + NDARRAY + ";)V", false);
        for (Expr p : parts) {
            if (p instanceof Expr.Slice sl) {
                bound(sl.lower(), Long.MIN_VALUE);
                bound(sl.upper(), Long.MIN_VALUE);
                bound(sl.step(), 1);
                mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "slice", "(JJJ)L" + BUILDER + ";", false);
            } else {
                m.coerce(m.emit(p), Scalar.INT64);
                mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "index", "(J)L" + BUILDER + ";", false);
            }
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "build", "()L" + NDARRAY + ";", false);
    }

    private void bound(Expr e, long missing) {
        if (e == null) {
            m.pushLong(missing);
        } else {
            m.coerce(m.emit(e), Scalar.INT64);
        }
    }

    /** {@code for x in a}: the elements of a 1-D array, the rows (views) of a higher one. */
    void forLoop(Stmt.For f, ArrayType a) {
        Frame.Var v = arrayVar(f.iter(), a);
        int i = m.frame().newLocal(Type.LONG_TYPE);
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LSTORE, i);
        Label test = new Label();
        Label next = new Label();
        Label orelse = new Label();
        Label end = new Label();
        mv.visitLabel(test);
        mv.visitVarInsn(LLOAD, i);
        mv.visitVarInsn(LLOAD, v.array().shape()[0]);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFGE, orelse);
        JitType item;
        if (a.ndim() == 1) {
            mv.visitVarInsn(ALOAD, v.array().data());
            mv.visitVarInsn(LLOAD, v.array().offset());
            mv.visitVarInsn(LLOAD, i);
            mv.visitVarInsn(LLOAD, v.array().stride()[0]);
            mv.visitInsn(LMUL);
            mv.visitInsn(LADD);
            if (a.dtype().kind() == Scalar.Kind.COMPLEX) {
                mv.visitInsn(ICONST_1);
                mv.visitInsn(LSHL);
            }
            mv.visitInsn(L2I);
            loadElement(a.dtype());
            item = a.dtype().widen();
        } else {
            mv.visitTypeInsn(NEW, BUILDER);
            mv.visitInsn(DUP);
            mv.visitVarInsn(ALOAD, v.slots().index()[0]);
            mv.visitMethodInsn(INVOKESPECIAL, BUILDER, "<init>", "(L" + NDARRAY + ";)V", false);
            mv.visitVarInsn(LLOAD, i);
            mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "index", "(J)L" + BUILDER + ";", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "build", "()L" + NDARRAY + ";", false);
            item = new ArrayType(a.dtype(), a.ndim() - 1, a.layout() == 'C' ? 'C' : 'A');
        }
        m.storeTarget(f.target(), item);
        m.loopBody(f.body(), next, end);
        mv.visitLabel(next);
        mv.visitVarInsn(LLOAD, i);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(LADD);
        mv.visitVarInsn(LSTORE, i);
        mv.visitJumpInsn(GOTO, test);
        mv.visitLabel(orelse);
        m.setReachable(true);
        m.statements(f.orelse());
        mv.visitLabel(end);
        m.setReachable(true);
    }

    void attribute(Expr.Attribute attr, ArrayType a) {
        Frame.Var v = arrayVar(attr.value(), a);
        Frame.ArrayCache c = v.array();
        switch (attr.attr()) {
            case "shape" -> {
                for (int d = 0; d < a.ndim(); d++) {
                    mv.visitVarInsn(LLOAD, c.shape()[d]);
                }
            }
            case "strides" -> {
                // numpy counts strides in bytes
                long itemSize = a.dtype().bits() / 8;
                for (int d = 0; d < a.ndim(); d++) {
                    mv.visitVarInsn(LLOAD, c.stride()[d]);
                    m.pushLong(itemSize);
                    mv.visitInsn(LMUL);
                }
            }
            case "ndim" -> m.pushLong(a.ndim());
            default -> { // size
                mv.visitInsn(LCONST_1);
                for (int d = 0; d < a.ndim(); d++) {
                    mv.visitVarInsn(LLOAD, c.shape()[d]);
                    mv.visitInsn(LMUL);
                }
            }
        }
    }

    void len(Expr e) {
        ArrayType a = (ArrayType) m.typing().typeOf(e);
        Frame.Var v = arrayVar(e, a);
        mv.visitVarInsn(LLOAD, v.array().shape()[0]);
    }

    void minMax(CallInfo.MinMaxTuple mm, ArrayType a, Scalar result) {
        m.emit(mm.tuple());
        mv.visitInsn(mm.max() ? ICONST_1 : ICONST_0);
        if (result == Scalar.INT64) {
            mv.visitMethodInsn(INVOKESTATIC, ARRAYS, "max", "(L" + NDARRAY + ";Z)J", false);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, ARRAYS, "maxDouble", "(L" + NDARRAY + ";Z)D", false);
        }
    }
}
