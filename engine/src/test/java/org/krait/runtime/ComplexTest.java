package org.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.krait.parser.ast.Operator;
import org.krait.runtime.format.Formatter;

/** complex repr, hash, parsing, formatting and arithmetic against values printed by CPython 3.11. */
class ComplexTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    /** real, imag, repr(complex(real, imag)), hash (null: a NaN part hashes by identity). */
    private static final Object[][] REPR_HASH = {
        {0x0.0p+0, 0x1.0000000000000p+0, "1j", 1000003L},
        {0x1.0000000000000p+0, 0x1.0000000000000p+1, "(1+2j)", 2000007L},
        {-0x0.0p+0, -0x1.0000000000000p+0, "(-0-1j)", -2000006L},
        {0x1.8000000000000p+0, 0x0.0p+0, "(1.5+0j)", 1152921504606846977L},
        {0x0.0p+0, INF, "infj", 314159942477L},
        {NAN, NAN, "(nan+nanj)", null},
        {0x0.0p+0, -0x0.0p+0, "-0j", 0L},
        {-0x0.0p+0, 0x0.0p+0, "(-0+0j)", 0L},
        {0x0.0p+0, 0x1.1c37937e08000p+53, "1e+16j", 1894712049423024128L},
        {0x1.4f8b588e368f1p-17, 0x1.0f0cf064dd592p+73, "(1e-05+1e+22j)", -6203861821888449992L},
        {0x1.0000000000001p+0, 0x1.bb67ae8584caap+0, "(1.0000000000000002+1.7320508075688772j)", -6908948294280921020L},
        {-0x1.000000000002ap+50, -0x1.0000000000016p+50, "(-1125899906842634.5-1125899906842629.5j)",
            -5264707964401109849L},
        {-INF, 0x1.0000000000000p+0, "(-inf+1j)", 685844L},
        {0x1.0000000000000p+0, NAN, "(1+nanj)", null},
        {0x1.edd2f1a9fbe77p+6, -0x1.0624dd2f1a9fcp-10, "(123.456-0.001j)", 1044546883173762561L},
    };

    @Test
    void reprAndHash() {
        for (Object[] c : REPR_HASH) {
            PyComplex z = new PyComplex((Double) c[0], (Double) c[1]);
            assertEquals(c[2], z.repr());
            assertEquals(c[2], Repr.repr(z));
            if (c[3] != null) {
                assertEquals((long) (Long) c[3], Ops.hash(z), (String) c[2]);
            }
        }
        assertEquals(Ops.hash(1L), Ops.hash(new PyComplex(1, 0)));
        assertEquals(Ops.hash(-1L), Ops.hash(new PyComplex(-1, 0)));
        assertEquals(Ops.hash(2.5), Ops.hash(new PyComplex(2.5, 0)));
    }

    /** input, repr(complex(input)) or null when CPython raises "complex() arg is a malformed string". */
    private static final String[][] PARSE = {
        {"1+2j", "(1+2j)"}, {" ( 1-2J ) ", "(1-2j)"}, {"j", "1j"}, {"-j", "-1j"}, {"+J", "1j"}, {"1+j", "(1+1j)"},
        {"2-j", "(2-1j)"}, {"infj", "infj"}, {"-nan+infj", "(nan+infj)"}, {"1_000+2_0j", "(1000+20j)"},
        {"1e5", "(100000+0j)"}, {".5j", "0.5j"}, {"1.e3-2.5E-3j", "(1000-0.0025j)"}, {"-INFINITYj", "-infj"},
        {"(3)", "(3+0j)"}, {"\t7j\n", "7j"}, {"1e500j", "infj"}, {"-0", "(-0+0j)"}, {"-0j", "-0j"},
        {"0x1", null}, {"1+2", null}, {"j1", null}, {"()", null}, {"(1", null}, {"1)", null}, {"1e+j", null},
        {"1.5e-3e2j", null}, {"nanj+1", null}, {"", null}, {"1 + 2j", null},
    };

    @Test
    void parse() {
        for (String[] c : PARSE) {
            if (c[1] == null) {
                PyException e = assertThrows(PyException.class, () -> PyComplex.parse(c[0], "'x'"), c[0]);
                assertEquals("complex() arg is a malformed string", Repr.str(e.exception()), c[0]);
            } else {
                assertEquals(c[1], PyComplex.parse(c[0], "'x'").repr(), c[0]);
            }
        }
        PyException e = assertThrows(PyException.class, () -> PyComplex.parse("1__0j", "'1__0j'"));
        assertEquals("could not convert string to complex: '1__0j'", Repr.str(e.exception()));
    }

    @Test
    void format() {
        assertEquals("1.00+2.00j", Formatter.formatComplex(1, 2, ".2f"));
        assertEquals("              (1+2j)", Formatter.formatComplex(1, 2, ">20"));
        assertEquals("1.500000e+00+2.000000e+00j", Formatter.formatComplex(1.5, 2, "e"));
        assertEquals("-0-0j", Formatter.formatComplex(-0.0, -0.0, ".3g"));
        assertEquals("        1j", Formatter.formatComplex(0, 1, "10"));
        assertEquals("+3j", Formatter.formatComplex(0, 3, "+"));
        assertEquals("(12,345.6+1j)", Formatter.formatComplex(12345.6, 1, ","));
        assertEquals("      1.0+2.0j      ", Formatter.formatComplex(1, 2, "^20.1f"));
        assertEquals("0.00000+1.00000j", Formatter.formatComplex(0, 1, "#g"));
        assertEquals("1.000000+NANj", Formatter.formatComplex(1, NAN, "F"));
    }

    private static String op(Operator op, Object a, Object b) {
        return Repr.repr(Arith.binary(op, a, b, false));
    }

    @Test
    void arithmetic() {
        PyComplex a = new PyComplex(1, 2);
        PyComplex b = new PyComplex(3, -4);
        assertEquals("(11+2j)", op(Operator.MULT, a, b));
        assertEquals("(-0.2+0.4j)", op(Operator.DIV, a, b));
        assertEquals("(-0.12-0.16j)", op(Operator.POW, a, -2L));
        assertEquals("(1.272019649514069+0.7861513777574233j)", op(Operator.POW, a, 0.5));
        assertEquals("(-0.24720004426291722+0.6964504870825432j)", op(Operator.POW, a, new PyComplex(1, 1)));
        assertEquals("(-1125899906842634.5-1125899906842629.5j)", op(Operator.POW, new PyComplex(1, 1), 101L));
        assertEquals("(1.0000000000000002+1.7320508075688772j)", op(Operator.POW, -8L, 1.0 / 3));
        assertEquals("(-5.19573633741296e-16-2.8284271247461903j)", op(Operator.POW, -2.0, 1.5));
        assertEquals("(inf+nanj)", op(Operator.MULT, new PyComplex(INF, 1), 2L));
        assertEquals("5.0", Repr.repr(Arith.abs(b)));
        PyException e = assertThrows(PyException.class, () -> Arith.binary(Operator.DIV, a, 0L, false));
        assertEquals("complex division by zero", Repr.str(e.exception()));
        e = assertThrows(PyException.class, () -> Arith.binary(Operator.POW, new PyComplex(0, 0), -1L, false));
        assertEquals("0.0 to a negative or complex power", Repr.str(e.exception()));
        e = assertThrows(PyException.class, () -> Arith.binary(Operator.FLOORDIV, a, 1L, false));
        assertEquals("unsupported operand type(s) for //: 'complex' and 'int'", Repr.str(e.exception()));
    }

    @Test
    void libm() {
        // glibc's (correctly rounded) results where fdlibm's differ by an ulp
        assertEquals(0.7378150601204648, LibM.atan2(1, 1.1));
        assertEquals(Math.PI, LibM.atan2(0, -8));
        assertEquals(-Math.PI / 2, LibM.atan2(-1, 0));
        assertEquals(5.0, LibM.hypot(3, 4));
        assertEquals(1.4142135623730951e+308, LibM.hypot(1e308, 1e308));
        assertEquals(INF, LibM.hypot(INF, NAN));
    }
}
