package org.krait.stdlib.numpy;

import org.krait.runtime.LibM;

import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * numpy's unary ufuncs. Those with a long operation keep an integer array's dtype ({@code negative},
 * {@code absolute}); the others compute in floats; tests ({@code isnan}) give bools, stored as 0 or 1. The
 * transcendental functions are the JDK's: within an ulp, as numpy's own vectorised ones are, and far faster than
 * the correctly rounded ones of the math module.
 */
enum UnaryOp {
    NEGATIVE("negative", a -> -a, a -> -a),
    POSITIVE("positive", a -> a, a -> a),
    ABSOLUTE("absolute", Math::abs, Math::abs),
    SQUARE("square", a -> a * a, a -> a * a),
    SIGN("sign", a -> Long.signum(a), a -> a != a ? a : Math.signum(a)),
    INVERT("invert", a -> ~a, null),
    SQRT("sqrt", null, Math::sqrt),
    CBRT("cbrt", null, Math::cbrt),
    EXP("exp", null, Math::exp),
    EXP2("exp2", null, LibM::exp2),
    EXPM1("expm1", null, Math::expm1),
    LOG("log", null, Math::log),
    LOG2("log2", null, LibM::log2),
    LOG10("log10", null, Math::log10),
    LOG1P("log1p", null, Math::log1p),
    SIN("sin", null, Math::sin),
    COS("cos", null, Math::cos),
    TAN("tan", null, Math::tan),
    ARCSIN("arcsin", null, Math::sin),
    ARCCOS("arccos", null, Math::cos),
    ARCTAN("arctan", null, Math::tan),
    SINH("sinh", null, Math::sinh),
    COSH("cosh", null, Math::cosh),
    TANH("tanh", null, Math::tanh),
    FLOOR("floor", null, Math::floor),
    CEIL("ceil", null, Math::ceil),
    TRUNC("trunc", null, a -> a < 0 ? Math.ceil(a) : Math.floor(a)),
    RINT("rint", null, Math::rint),
    DEG2RAD("deg2rad", null, Math::toRadians),
    RAD2DEG("rad2deg", null, Math::toDegrees),
    ISNAN("isnan", a -> 0, a -> a != a ? 1 : 0),
    ISINF("isinf", a -> 0, a -> Double.isInfinite(a) ? 1 : 0),
    ISFINITE("isfinite", a -> 1, a -> Double.isFinite(a) ? 1 : 0),
    LOGICAL_NOT("logical_not", a -> a == 0 ? 1 : 0, a -> a == 0 ? 1 : 0);

    final String ufunc;
    final LongUnaryOperator longOp;
    final DoubleUnaryOperator doubleOp;

    UnaryOp(String ufunc, LongUnaryOperator longOp, DoubleUnaryOperator doubleOp) {
        this.ufunc = ufunc;
        this.longOp = longOp;
        this.doubleOp = doubleOp;
    }

    /** Whether the result is a bool array whatever the input. */
    boolean isTest() {
        return ordinal() >= ISNAN.ordinal();
    }
}
