package org.krait.jit.infer;

import org.krait.jit.types.ArrayType;
import org.krait.jit.types.JitType;
import org.krait.jit.types.Scalar;
import org.krait.parser.ast.Expr;

import java.util.List;

/**
 * Types of array subscripts: as many integer indices as dimensions give an element; fewer, or slices, give a
 * view with the remaining dimensions (still C-contiguous when only leading dimensions are fixed).
 */
final class ArrayTyping {
    private ArrayTyping() {
    }

    static JitType subscript(Typer typer, ArrayType arr, Expr.Subscript s) {
        List<Expr> parts = indexParts(s.slice());
        if (parts.size() > arr.ndim()) {
            throw typer.error("Too many indices for " + arr.typeName() + ": " + parts.size() + " given", s.pos());
        }
        int remaining = arr.ndim();
        boolean contiguous = arr.layout() == 'C';
        boolean sawSlice = false;
        boolean known = true;
        for (Expr p : parts) {
            if (p instanceof Expr.Slice sl) {
                for (Expr bound : new Expr[]{sl.lower(), sl.upper(), sl.step()}) {
                    if (bound != null) {
                        JitType t = typer.expr(bound);
                        known &= t != null;
                        if (t != null && !(t instanceof Scalar sc && sc.isInteger())) {
                            throw typer.error("Slice bounds must be integers, not " + t.typeName(), bound.pos());
                        }
                    }
                }
                // a[1:3] keeps C order only when it is the first sliced dimension and every later one is whole
                if (sawSlice || sl.step() != null || sl.lower() != null || sl.upper() != null) {
                    contiguous &= !sawSlice && sl.step() == null;
                }
                sawSlice = true;
            } else {
                JitType t = typer.expr(p);
                known &= t != null;
                if (t != null && !(t instanceof Scalar sc && sc.isInteger())) {
                    throw typer.error("Array indices must be integers or slices, not " + t.typeName(), p.pos());
                }
                if (sawSlice) {
                    contiguous = false;
                }
                remaining--;
            }
        }
        if (!known) {
            return null;
        }
        if (remaining == 0) {
            return arr.dtype().widen();
        }
        return new ArrayType(arr.dtype(), remaining, contiguous ? 'C' : 'A');
    }

    /** The index expressions of {@code a[i, j]} ({@code a[(i, j)]} is the same). */
    static List<Expr> indexParts(Expr slice) {
        return slice instanceof Expr.TupleExpr t ? t.elts() : List.of(slice);
    }
}
