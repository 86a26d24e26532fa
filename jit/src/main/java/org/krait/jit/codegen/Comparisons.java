package org.krait.jit.codegen;

import org.krait.jit.types.JitType;
import org.krait.jit.types.OptionalType;
import org.krait.jit.types.Scalar;
import org.krait.jit.types.TupleType;
import org.krait.parser.ast.CmpOp;
import org.krait.parser.ast.Expr;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.List;

import static org.objectweb.asm.Opcodes.*;

/**
 * Comparisons as conditional jumps: numbers compared in their common type (NaN compares false), complex numbers
 * for equality only, tuples item by item, {@code in} over a tuple's items, {@code is None} decided by the types
 * (or at run time for an optional value), and chains {@code a < b < c} evaluating each operand once.
 */
final class Comparisons {
    private static final String BOXES = "org/krait/jit/codegen/JitBoxes";

    private final MethodEmitter m;
    private final MethodVisitor mv;

    Comparisons(MethodEmitter m, MethodVisitor mv) {
        this.m = m;
        this.mv = mv;
    }

    /**
     * A comparison chain {@code a < b < c}: each operand is evaluated once and later pairs only when the earlier
     * ones hold.
     */
    void compare(Expr.Compare c, boolean when, Label target) {
        List<CmpOp> ops = c.ops();
        if (ops.size() == 1) {
            comparePair(ops.get(0), c.left(), c.comparators().get(0), when, target);
            return;
        }
        Label fail = new Label();
        Frame.Slots left = null;
        JitType leftType = m.typing().typeOf(c.left());
        for (int i = 0; i < ops.size(); i++) {
            Expr right = c.comparators().get(i);
            JitType rt = m.typing().typeOf(right);
            Frame.Slots rightSlots = m.frame().newSlots(rt);
            boolean last = i == ops.size() - 1;
            if (i == 0) {
                left = m.frame().newSlots(leftType);
                m.emit(c.left());
                left.store(mv);
            }
            m.emit(right);
            rightSlots.store(mv);
            if (last) {
                comparePairSlots(ops.get(i), leftType, left, rt, rightSlots, when, target);
            } else {
                comparePairSlots(ops.get(i), leftType, left, rt, rightSlots, false, when ? fail : target);
            }
            left = rightSlots;
            leftType = rt;
        }
        mv.visitLabel(fail);
    }

    private void comparePair(CmpOp op, Expr left, Expr right, boolean when, Label target) {
        JitType lt = m.typing().typeOf(left);
        JitType rt = m.typing().typeOf(right);
        if (isIdentityOrSpecial(op, lt, rt)) {
            Frame.Slots l = m.frame().newSlots(lt);
            m.emit(left);
            l.store(mv);
            Frame.Slots r = m.frame().newSlots(rt);
            m.emit(right);
            r.store(mv);
            comparePairSlots(op, lt, l, rt, r, when, target);
            return;
        }
        Scalar common = commonComparison(lt, rt);
        m.coerce(m.emit(left), common);
        m.coerce(m.emit(right), common);
        jumpCompare(op, common, when, target);
    }

    private static boolean isIdentityOrSpecial(CmpOp op, JitType lt, JitType rt) {
        return op == CmpOp.IS || op == CmpOp.ISNOT || op == CmpOp.IN || op == CmpOp.NOTIN
                || !(lt instanceof Scalar l && l != Scalar.NONE) || !(rt instanceof Scalar r && r != Scalar.NONE);
    }

    private static Scalar commonComparison(JitType lt, JitType rt) {
        int rank = Math.max(((Scalar) lt).widen().rank(), ((Scalar) rt).widen().rank());
        return Scalar.ofRank(Math.max(rank, 1));
    }

    /** Compares two values already in locals. */
    private void comparePairSlots(CmpOp op, JitType lt, Frame.Slots l, JitType rt, Frame.Slots r, boolean when,
                                  Label target) {
        switch (op) {
            case IS, ISNOT -> {
                boolean positive = op == CmpOp.IS;
                identity(lt, l, rt, r, positive == when, target);
                return;
            }
            case IN, NOTIN -> {
                TupleType tuple = (TupleType) rt;
                boolean positive = op == CmpOp.IN;
                Label found = new Label();
                Label done = new Label();
                int slot = 0;
                for (JitType item : tuple.items()) {
                    int n = Layout.slots(item).size();
                    comparePairSlots(CmpOp.EQ, lt, l, item, r.part(slot, n), true, found);
                    slot += n;
                }
                // not found
                if (positive != when) {
                    mv.visitJumpInsn(GOTO, target);
                } else {
                    mv.visitJumpInsn(GOTO, done);
                }
                mv.visitLabel(found);
                if (positive == when) {
                    mv.visitJumpInsn(GOTO, target);
                }
                mv.visitLabel(done);
                return;
            }
            default -> {
            }
        }
        if (lt instanceof TupleType a && rt instanceof TupleType b) {
            boolean equal = op == CmpOp.EQ;
            if (a.size() != b.size()) {
                if (!equal == when) {
                    mv.visitJumpInsn(GOTO, target);
                }
                return;
            }
            // equal when every item is: jump on the first difference
            Label differ = new Label();
            Label done = new Label();
            int ls = 0;
            int rs = 0;
            for (int i = 0; i < a.size(); i++) {
                int ln = Layout.slots(a.get(i)).size();
                int rn = Layout.slots(b.get(i)).size();
                comparePairSlots(CmpOp.NOTEQ, a.get(i), l.part(ls, ln), b.get(i), r.part(rs, rn), true, differ);
                ls += ln;
                rs += rn;
            }
            if (equal == when) {
                mv.visitJumpInsn(GOTO, target);
            } else {
                mv.visitJumpInsn(GOTO, done);
            }
            mv.visitLabel(differ);
            if (equal != when) {
                mv.visitJumpInsn(GOTO, target);
            }
            mv.visitLabel(done);
            return;
        }
        if (lt == Scalar.NONE || rt == Scalar.NONE) {
            boolean result = (lt == rt) == (op == CmpOp.EQ);
            if (result == when) {
                mv.visitJumpInsn(GOTO, target);
            }
            return;
        }
        Scalar common = commonComparison(lt, rt);
        l.load(mv);
        m.coerce(lt, common);
        r.load(mv);
        m.coerce(rt, common);
        jumpCompare(op, common, when, target);
    }

    /** {@code is}/{@code is not} against None: decided by the types, or at run time for an optional. */
    private void identity(JitType lt, Frame.Slots l, JitType rt, Frame.Slots r, boolean jumpIfSame, Label target) {
        boolean lNone = lt == Scalar.NONE;
        boolean rNone = rt == Scalar.NONE;
        if (lNone && rNone) {
            if (jumpIfSame) {
                mv.visitJumpInsn(GOTO, target);
            }
            return;
        }
        Frame.Slots optional = lt instanceof OptionalType ? l : rt instanceof OptionalType ? r : null;
        if (optional != null && (lNone || rNone)) {
            optional.load(mv);
            mv.visitMethodInsn(INVOKESTATIC, BOXES, "isNone", "(Ljava/lang/Object;)Z", false);
            mv.visitJumpInsn(jumpIfSame ? IFNE : IFEQ, target);
            return;
        }
        // a None compared with a value that can never be None
        if (!jumpIfSame) {
            mv.visitJumpInsn(GOTO, target);
        }
    }

    /** Compares two values of type {@code t} on the stack and jumps when the result equals {@code when}. */
    private void jumpCompare(CmpOp op, Scalar t, boolean when, Label target) {
        switch (t) {
            case INT64 -> {
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(zeroJump(op, when), target);
            }
            case FLOAT64 -> {
                // NaN compares false: DCMPG makes it "greater" for < and <=, DCMPL "less" for > and >=
                mv.visitInsn(op == CmpOp.LT || op == CmpOp.LTE ? DCMPG : DCMPL);
                mv.visitJumpInsn(zeroJump(op, when), target);
            }
            case COMPLEX128 -> {
                m.ops("ceq", "(DDDD)Z");
                boolean eq = op == CmpOp.EQ;
                mv.visitJumpInsn(eq == when ? IFNE : IFEQ, target);
            }
            default -> throw new IllegalStateException("compare " + t);
        }
    }

    /** The IFxx instruction testing an LCMP/DCMP result for {@code op} (or its negation). */
    private static int zeroJump(CmpOp op, boolean when) {
        CmpOp o = when ? op : switch (op) {
            case EQ -> CmpOp.NOTEQ;
            case NOTEQ -> CmpOp.EQ;
            case LT -> CmpOp.GTE;
            case LTE -> CmpOp.GT;
            case GT -> CmpOp.LTE;
            case GTE -> CmpOp.LT;
            default -> throw new IllegalStateException(op.name());
        };
        return switch (o) {
            case EQ -> IFEQ;
            case NOTEQ -> IFNE;
            case LT -> IFLT;
            case LTE -> IFLE;
            case GT -> IFGT;
            case GTE -> IFGE;
            default -> throw new IllegalStateException(o.name());
        };
    }
}
