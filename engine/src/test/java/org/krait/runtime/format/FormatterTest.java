package org.krait.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Hand-picked examples (values checked against CPython 3.11); the bulk lives in FormatCasesTest. */
class FormatterTest {
    @Test
    void floatRepr() {
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1.5e-05", FloatRepr.repr(1.5e-5));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("1.2345678901234567e+19", FloatRepr.repr(1.2345678901234567e19));
        assertEquals("0.0001", FloatRepr.repr(0.0001));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
    }

    @Test
    void floatFormat() {
        assertEquals("1.0", Formatter.format(1.0, ""));
        assertEquals("0.1", Formatter.format(0.1, ".3"));
        assertEquals("1.2e+02", Formatter.format(123.456, ".2"));
        assertEquals("2.67", Formatter.format(2.675, ".2f"));
        assertEquals("0.12", Formatter.format(0.125, ".2f"));
        assertEquals("INF", Formatter.format(Double.POSITIVE_INFINITY, "F"));
        assertEquals("0.00", Formatter.format(-0.001, "z.2f"));
        assertEquals("1,234,567.89", Formatter.format(1234567.891, ",.2f"));
    }

    @Test
    void intFormat() {
        assertEquals("-0xff", Formatter.format(-255L, "#x"));
        assertEquals("0,001,234", Formatter.format(1234L, "08,"));
        assertEquals("1_0000_0000", Formatter.format(BigInteger.valueOf(0x100000000L), "_x"));
        assertEquals("True", Formatter.format(true, ""));
        assertEquals("-0xff", IntFormat.hex(-255));
        FormatError e = assertThrows(FormatError.class, () -> Formatter.format(1.0, "d"));
        assertEquals("Unknown format code 'd' for object of type 'float'", e.getMessage());
        assertEquals(FormatError.Kind.VALUE, e.kind);
    }

    @Test
    void percent() {
        PercentFormat.Values v = FormatCases.VALUES;
        assertEquals("0 2", PercentFormat.format("%.0f %.0f", new Object[] {0.5, 1.5}, v));
        assertEquals("  42|", PercentFormat.formatSingle("%4d|", 42L, false, v));
        FormatError e = assertThrows(FormatError.class, () -> PercentFormat.formatSingle("%d", "a", false, v));
        assertEquals("%d format: a real number is required, not str", e.getMessage());
        assertEquals(FormatError.Kind.TYPE, e.kind);
        e = assertThrows(FormatError.class, () -> PercentFormat.format("abc%q", new Object[] {1L}, v));
        assertEquals("unsupported format character 'q' (0x71) at index 4", e.getMessage());
    }

    @Test
    void strFormatAndRepr() {
        assertEquals("x    'x' {}", StrFormat.format("{0:<3} {0!r:>4} {{}}", new Object[] {"x"}, null, FormatCases.FIELDS));
        assertEquals("'it\\'s \"q\"'", StrRepr.repr("it's \"q\""));
        assertEquals("'\\x00\\u200b\\U000e0001'", StrRepr.repr("\0\u200b\uDB40\uDC01"));
        assertEquals("b\"\\x00\\\\'\"", BytesRepr.repr(new byte[] {0, '\\', '\''}));
    }
}
