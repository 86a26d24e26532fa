package org.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.Map;

/** LibM against the doubles CPython 3.11 (glibc, x86-64) returns, compared bit for bit. */
class LibMTest {
    private static final Map<String, DoubleUnaryOperator> UNARY = Map.ofEntries(
            Map.entry("exp", LibM::exp), Map.entry("log", LibM::log), Map.entry("log2", LibM::log2),
            Map.entry("log10", LibM::log10), Map.entry("exp2", LibM::exp2), Map.entry("expm1", LibM::expm1),
            Map.entry("log1p", LibM::log1p), Map.entry("sin", LibM::sin), Map.entry("cos", LibM::cos),
            Map.entry("tan", LibM::tan), Map.entry("asin", LibM::asin), Map.entry("acos", LibM::acos),
            Map.entry("atan", LibM::atan), Map.entry("sinh", LibM::sinh), Map.entry("cosh", LibM::cosh),
            Map.entry("tanh", LibM::tanh), Map.entry("asinh", LibM::asinh), Map.entry("acosh", LibM::acosh),
            Map.entry("atanh", LibM::atanh), Map.entry("erf", LibM::erf), Map.entry("erfc", LibM::erfc),
            Map.entry("cbrt", LibM::cbrt));
    private static final Map<String, DoubleBinaryOperator> BINARY = Map.of("pow", LibM::pow, "atan2", LibM::atan2);

    /** function, argument(s), result as Python's float.hex() prints them. */
    private static final String[][] CASES = {
        {"exp", "0x1.3333333333333p-2", "0x1.599058c8c1a96p+0"},
        {"exp", "-0x1.6000000000000p+1", "0x1.05d93892fa010p-4"},
        {"exp", "0x1.b000000000000p+3", "0x1.64290bd5cad8bp+19"},
        {"log", "0x1.3333333333333p-2", "-0x1.34378fcbda721p+0"},
        {"log", "0x1.e000000000000p+2", "0x1.01e85798eb9a3p+1"},
        {"log", "0x1.56e1fc2f8f359p-997", "-0x1.5963447f87fb5p+9"},
        {"log2", "0x1.3333333333333p-2", "-0x1.bca9c6f53897bp+0"},
        {"log2", "0x1.e000000000000p+2", "0x1.7414fdb498226p+1"},
        {"log2", "0x1.b6e83b85f253bp+333", "0x1.4dc71c10aa76ep+8"},
        {"log10", "0x1.3333333333333p-2", "-0x1.0bb6c34d81502p-1"},
        {"log10", "0x1.e000000000000p+2", "0x1.c00807a887100p-1"},
        {"log10", "0x0.024d116e1cc56p-1022", "-0x1.35b2efb2bd822p+8"},
        {"exp2", "0x1.3333333333333p-2", "0x1.3b2c47bff8329p+0"},
        {"exp2", "-0x1.6000000000000p+1", "0x1.306fe0a31b715p-3"},
        {"exp2", "0x1.b000000000000p+3", "0x1.6a09e667f3bcdp+13"},
        {"expm1", "0x1.3333333333333p-2", "0x1.6641632306a56p-2"},
        {"expm1", "-0x1.6000000000000p+1", "-0x1.df44d8eda0bfep-1"},
        {"expm1", "0x1.b000000000000p+3", "0x1.6428ebd5cad8cp+19"},
        {"log1p", "0x1.3333333333333p-2", "0x1.0ca937be1b9dcp-2"},
        {"log1p", "-0x1.0000000000000p-1", "-0x1.62e42fefa39efp-1"},
        {"log1p", "0x1.4f8b588e368f1p-17", "0x1.4f8aea9ae7317p-17"},
        {"sin", "0x1.3333333333333p-2", "0x1.2e9cd95baba33p-2"},
        {"sin", "-0x1.6000000000000p+1", "-0x1.86d2239c183fbp-2"},
        {"sin", "0x1.0f0cf064dd592p+73", "-0x1.b453ab76bf397p-1"},
        {"cos", "0x1.3333333333333p-2", "0x1.e921dd42f09bap-1"},
        {"cos", "-0x1.6000000000000p+1", "-0x1.d93e294faed14p-1"},
        {"cos", "0x1.7e43c8800759cp+996", "-0x1.2699022adc4c1p-1"},
        {"tan", "0x1.3333333333333p-2", "0x1.3cc2a44e29998p-2"},
        {"tan", "-0x1.6000000000000p+1", "0x1.a6d3f2d2fbddfp-2"},
        {"tan", "0x1.b000000000000p+3", "0x1.59e04543ee72ep+0"},
        {"asin", "0x1.3333333333333p-2", "0x1.380159e14f6ffp-2"},
        {"asin", "-0x1.8000000000000p-1", "-0x1.b235315c680dcp-1"},
        {"asin", "0x1.4f8b588e368f1p-17", "0x1.4f8b588e4e940p-17"},
        {"acos", "0x1.3333333333333p-2", "0x1.441f5ecbeef59p+0"},
        {"acos", "-0x1.8000000000000p-1", "0x1.359d26f93b6c3p+1"},
        {"acos", "0x1.ff7ced916872bp-1", "0x1.6e634e566a29ep-5"},
        {"atan", "0x1.3333333333333p-2", "0x1.2a73a661eaf06p-2"},
        {"atan", "-0x1.6000000000000p+1", "-0x1.38d6a6ce13353p+0"},
        {"atan", "0x1.b000000000000p+3", "0x1.7f320a0f9f587p+0"},
        {"sinh", "0x1.3333333333333p-2", "0x1.37d42af54b926p-2"},
        {"sinh", "-0x1.6000000000000p+1", "-0x1.f284be4c989bdp+2"},
        {"sinh", "0x1.b000000000000p+3", "0x1.64290bd5c7f8cp+18"},
        {"cosh", "0x1.3333333333333p-2", "0x1.0b9b4e0b6ec4cp+0"},
        {"cosh", "-0x1.6000000000000p+1", "0x1.f69c232ee483dp+2"},
        {"cosh", "0x1.b000000000000p+3", "0x1.64290bd5cdb8bp+18"},
        {"tanh", "0x1.3333333333333p-2", "0x1.2a4dda7d914fap-2"},
        {"tanh", "-0x1.6000000000000p+1", "-0x1.fbd509ae7ae3ep-1"},
        {"tanh", "0x1.b000000000000p+3", "0x1.fffffffff7bbdp-1"},
        {"asinh", "0x1.3333333333333p-2", "0x1.2ec4ea565fcc1p-2"},
        {"asinh", "-0x1.6000000000000p+1", "-0x1.bc7cb01aa1994p+0"},
        {"asinh", "0x1.b000000000000p+3", "0x1.a60ad6e715090p+1"},
        {"acosh", "0x1.8000000000000p+0", "0x1.ecc2caec5160ap-1"},
        {"acosh", "0x1.4000000000000p+3", "0x1.7f21ed1ce05d4p+1"},
        {"acosh", "0x1.2a05f20000000p+33", "0x1.7b810429a7c2ap+4"},
        {"atanh", "0x1.3333333333333p-2", "0x1.3cf2b50617c96p-2"},
        {"atanh", "-0x1.8000000000000p-1", "-0x1.f2272ae325a57p-1"},
        {"atanh", "0x1.4f8b588e368f1p-17", "0x1.4f8b588e6698fp-17"},
        {"erf", "0x1.3333333333333p-2", "0x1.50838881dea0fp-2"},
        {"erf", "-0x1.6000000000000p+1", "-0x1.fff2cfb0453d9p-1"},
        {"erf", "0x1.b000000000000p+3", "0x1.0000000000000p+0"},
        {"erfc", "0x1.3333333333333p-2", "0x1.57be3bbf10af8p-1"},
        {"erfc", "-0x1.6000000000000p+1", "0x1.fff967d8229edp+0"},
        {"erfc", "0x1.b000000000000p+3", "0x1.661c59f17fae0p-268"},
        {"cbrt", "0x1.3333333333333p-2", "0x1.56bfea66ef78cp-1"},
        {"cbrt", "-0x1.6000000000000p+1", "-0x1.66a9398ba2a3bp+0"},
        {"cbrt", "0x1.b000000000000p+3", "0x1.30c7efbee12aep+1"},
        {"pow", "0x1.4000000000000p+1", "0x1.d99999999999ap+1", "0x1.dac93f32d18ddp+4"},
        {"pow", "0x1.ccccccccccccdp-1", "0x1.ee00000000000p+6", "0x1.2bc01b73d649dp-19"},
        {"pow", "0x1.000001ad7f29bp+0", "0x1.312d000000000p+23", "0x1.5bf0a790ce6f2p+1"},
        {"pow", "0x1.c000000000000p+2", "-0x1.4000000000000p+1", "0x1.f98412d43e086p-8"},
        {"pow", "0x1.8000000000000p+1", "0x1.0000000000000p+1", "0x1.2000000000000p+3"},
        {"pow", "-0x1.0000000000000p+1", "0x1.8000000000000p+1", "-0x1.0000000000000p+3"},
        {"atan2", "0x1.0000000000000p+0", "0x1.199999999999ap+0", "0x1.79c2e5436d663p-1"},
        {"atan2", "0x0.0p+0", "-0x1.0000000000000p+3", "0x1.921fb54442d18p+1"},
        {"atan2", "-0x1.0000000000000p+0", "0x0.0p+0", "-0x1.921fb54442d18p+0"},
        {"atan2", "0x1.7e43c8800759cp+996", "0x1.56e1fc2f8f359p-997", "0x1.921fb54442d18p+0"},
        {"atan2", "0x1.8000000000000p+1", "-0x1.0000000000000p+2", "0x1.3fc176b7a8560p+1"},
    };

    @Test
    void matchesCPython() {
        for (String[] c : CASES) {
            double expected = Double.parseDouble(c[c.length - 1]);
            double x = Double.parseDouble(c[1]);
            double actual = c.length == 3 ? UNARY.get(c[0]).applyAsDouble(x)
                    : BINARY.get(c[0]).applyAsDouble(x, Double.parseDouble(c[2]));
            assertEquals(Double.toHexString(expected), Double.toHexString(actual), c[0] + "(" + c[1] + ")");
        }
    }

    @Test
    void specialValues() {
        assertEquals(Double.POSITIVE_INFINITY, LibM.exp(1000));
        assertEquals(0.0, LibM.exp(-1000));
        assertEquals(Double.NEGATIVE_INFINITY, LibM.log(0));
        assertEquals(Double.NaN, LibM.log(-1));
        assertEquals(1.0, LibM.pow(Double.NaN, 0));
        assertEquals(-0.0, LibM.pow(-0.0, 3));
        assertEquals(Double.POSITIVE_INFINITY, LibM.pow(-0.0, -2));
        assertEquals(0x1p-1074, LibM.exp(-744.44007192138126));
        assertEquals(3.0000000000000004, LibM.cbrt(27)); // glibc's cbrt, as CPython prints it
        assertEquals(5.0, LibM.norm(new double[]{3, 4}, 4));
        assertEquals(1.4142135623730951e+308, LibM.hypot(1e308, 1e308));
    }
}
