package org.krait.parser.ast;

import java.util.List;

/**
 * Expressions. Each record takes its {@link Pos} first, then CPython's fields in CPython's order.
 * CPython's {@code List}, {@code Tuple}, {@code Set} and {@code Dict} are named {@code ListExpr},
 * {@code TupleExpr}, {@code SetExpr} and {@code DictExpr} to avoid clashing with {@code java.util}.
 */
public sealed interface Expr extends Node {
    Pos pos();

    record BoolOp(Pos pos, BoolOperator op, List<Expr> values) implements Expr {
    }

    record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {
    }

    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {
    }

    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {
    }

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {
    }

    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {
    }

    /** A null entry in {@code keys} means {@code **values[i]} unpacking. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
    }

    record SetExpr(Pos pos, List<Expr> elts) implements Expr {
    }

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {
    }

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record Await(Pos pos, Expr value) implements Expr {
    }

    record Yield(Pos pos, Expr value /* nullable */) implements Expr {
    }

    record YieldFrom(Pos pos, Expr value) implements Expr {
    }

    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {
    }

    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    /** {@code conversion} is -1 (none), 's', 'r' or 'a'; {@code formatSpec} is a JoinedStr or null. */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec /* nullable */) implements Expr {
    }

    /** An f-string: Constant(String) and FormattedValue parts. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {
    }

    /**
     * A literal. {@code value} is a Long (int fitting a long), BigInteger, Double, {@link Imaginary}, String,
     * byte[], Boolean, {@link #NONE} or {@link #ELLIPSIS}.
     */
    record Constant(Pos pos, Object value) implements Expr {
        public static final Special NONE = Special.NONE;
        public static final Special ELLIPSIS = Special.ELLIPSIS;

        /** The two singleton constants that have no natural Java value. */
        public enum Special { NONE, ELLIPSIS }

        /** A complex literal like {@code 3j} (real part is always 0). */
        public record Imaginary(double imag) {
        }
    }

    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {
    }

    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {
    }

    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {
    }

    record Name(Pos pos, String id, Ctx ctx) implements Expr {
    }

    record ListExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {
    }

    record TupleExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {
    }

    /** Only appears as (part of) a Subscript's slice. */
    record Slice(Pos pos, Expr lower /* nullable */, Expr upper /* nullable */, Expr step /* nullable */)
            implements Expr {
    }
}
