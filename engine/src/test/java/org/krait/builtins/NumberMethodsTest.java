package org.krait.builtins;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyType;

class NumberMethodsTest extends BuiltinsTestSupport {

    @Test
    void intConstructor() {
        check("int()", "0", () -> call("int"));
        check("int(' +1_000 ')", "1000", () -> call("int", " +1_000 "));
        check("int('-0o17', 0)", "-15", () -> call("int", "-0o17", 0L));
        check("int('0x_1f', 16)", "31", () -> call("int", "0x_1f", 16L));
        check("int('0b1', 16)", "177", () -> call("int", "0b1", 16L));
        check("int('0_0', 0)", "0", () -> call("int", "0_0", 0L));
        check("int('z', 36)", "35", () -> call("int", "z", 36L));
        check("int('١٢٣')", "123", () -> call("int", "١٢٣"));
        check("int('123456789012345678901234567890')", "123456789012345678901234567890",
                () -> call("int", "123456789012345678901234567890"));
        check("int(b' 42 ')", "42", () -> call("int", bytes(" 42 ")));
        check("int(3.99)", "3", () -> call("int", 3.99));
        check("int(-3.99)", "-3", () -> call("int", -3.99));
        check("int(1e20)", "100000000000000000000", () -> call("int", 1e20));
        check("int(True)", "1", () -> call("int", true));
        check("int('10', base=2)", "2", () -> callKw("int", args("10"), kw("base"), 2L));
        error("int(' x ')", "ValueError: invalid literal for int() with base 10: ' x '", () -> call("int", " x "));
        error("int('010', 0)", "ValueError: invalid literal for int() with base 0: '010'", () -> call("int", "010", 0L));
        error("int('0b', 0)", "ValueError: invalid literal for int() with base 0: '0b'", () -> call("int", "0b", 0L));
        error("int('1__0')", "ValueError: invalid literal for int() with base 10: '1__0'", () -> call("int", "1__0"));
        error("int('_1')", "ValueError: invalid literal for int() with base 10: '_1'", () -> call("int", "_1"));
        error("int('1_')", "ValueError: invalid literal for int() with base 10: '1_'", () -> call("int", "1_"));
        error("int('', 10)", "ValueError: invalid literal for int() with base 10: ''", () -> call("int", "", 10L));
        error("int('12', 1)", "ValueError: int() base must be >= 2 and <= 36, or 0", () -> call("int", "12", 1L));
        error("int([])", "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'",
                () -> call("int", list()));
        error("int(1.5, 10)", "TypeError: int() can't convert non-string with explicit base", () -> call("int", 1.5, 10L));
        error("int(float('inf'))", "OverflowError: cannot convert float infinity to integer",
                () -> call("int", Double.POSITIVE_INFINITY));
        error("int(float('nan'))", "ValueError: cannot convert float NaN to integer", () -> call("int", Double.NaN));
        error("int('1' * 5000)", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: "
                + "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
                () -> call("int", "1".repeat(5000)));
    }

    @Test
    void intMethods() {
        check("(255).bit_length()", "8", () -> m(255L, "bit_length"));
        check("(-255).bit_length()", "8", () -> m(-255L, "bit_length"));
        check("(0).bit_length()", "0", () -> m(0L, "bit_length"));
        check("(-7).bit_count()", "3", () -> m(-7L, "bit_count"));
        check("(255).to_bytes(2, 'little')", "b'\\xff\\x00'", () -> m(255L, "to_bytes", 2L, "little"));
        check("(-1).to_bytes(2, 'big', signed=True)", "b'\\xff\\xff'",
                () -> mKw(-1L, "to_bytes", args(2L, "big"), kw("signed"), true));
        check("(5).to_bytes()", "b'\\x05'", () -> m(5L, "to_bytes"));
        check("(2**64).to_bytes(9, 'big')", "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
                () -> m(BigInteger.ONE.shiftLeft(64), "to_bytes", 9L, "big"));
        error("(300).to_bytes(1, 'big')", "OverflowError: int too big to convert", () -> m(300L, "to_bytes", 1L, "big"));
        error("(-1).to_bytes(1, 'big')", "OverflowError: can't convert negative int to unsigned",
                () -> m(-1L, "to_bytes", 1L, "big"));
        error("(128).to_bytes(1, 'big', signed=True)", "OverflowError: int too big to convert",
                () -> mKw(128L, "to_bytes", args(1L, "big"), kw("signed"), true));
        error("(1).to_bytes(1, 'mid')", "ValueError: byteorder must be either 'little' or 'big'",
                () -> m(1L, "to_bytes", 1L, "mid"));
        check("int.from_bytes(b'\\xff\\xff', 'big', signed=True)", "-1",
                () -> tKw(PyType.INT, "from_bytes", args(bytes("\u00ff\u00ff"), "big"), kw("signed"), true));
        check("int.from_bytes(b'\\x01\\x00', 'little')", "1", () -> t(PyType.INT, "from_bytes", bytes("\u0001\u0000"), "little"));
        check("int.from_bytes([1, 2], 'big')", "258", () -> t(PyType.INT, "from_bytes", list(1L, 2L), "big"));
        check("int.from_bytes(b'')", "0", () -> t(PyType.INT, "from_bytes", bytes("")));
        error("int.from_bytes('ab', 'big')", "TypeError: cannot convert 'str' object to bytes",
                () -> t(PyType.INT, "from_bytes", "ab", "big"));
        check("(7).as_integer_ratio()", "(7, 1)", () -> m(7L, "as_integer_ratio"));
        check("True.conjugate()", "1", () -> m(true, "conjugate"));
        check("(1234).__round__(-2)", "1200", () -> m(1234L, "__round__", -2L));
    }

    @Test
    void floatConstructorAndMethods() {
        check("float()", "0.0", () -> call("float"));
        check("float(' 1_0.5 ')", "10.5", () -> call("float", " 1_0.5 "));
        check("float('1e5')", "100000.0", () -> call("float", "1e5"));
        check("float('-Infinity')", "-inf", () -> call("float", "-Infinity"));
        check("float('nan')", "nan", () -> call("float", "nan"));
        check("float('.5')", "0.5", () -> call("float", ".5"));
        check("float('5.')", "5.0", () -> call("float", "5."));
        check("float('١.٥')", "1.5", () -> call("float", "١.٥"));
        check("float(3)", "3.0", () -> call("float", 3L));
        check("float(True)", "1.0", () -> call("float", true));
        error("float('x')", "ValueError: could not convert string to float: 'x'", () -> call("float", "x"));
        error("float('1__0')", "ValueError: could not convert string to float: '1__0'", () -> call("float", "1__0"));
        error("float('0x10')", "ValueError: could not convert string to float: '0x10'", () -> call("float", "0x10"));
        error("float('1d')", "ValueError: could not convert string to float: '1d'", () -> call("float", "1d"));
        error("float([])", "TypeError: float() argument must be a string or a real number, not 'list'",
                () -> call("float", list()));
        error("float(2**1024)", "OverflowError: int too large to convert to float",
                () -> call("float", BigInteger.ONE.shiftLeft(1024)));
        check("(2.0).is_integer()", "True", () -> m(2.0, "is_integer"));
        check("(2.5).is_integer()", "False", () -> m(2.5, "is_integer"));
        check("(0.75).as_integer_ratio()", "(3, 4)", () -> m(0.75, "as_integer_ratio"));
        check("(-0.0).as_integer_ratio()", "(0, 1)", () -> m(-0.0, "as_integer_ratio"));
        check("(1e20).as_integer_ratio()", "(100000000000000000000, 1)", () -> m(1e20, "as_integer_ratio"));
        check("(0.1).as_integer_ratio()", "(3602879701896397, 36028797018963968)", () -> m(0.1, "as_integer_ratio"));
        error("float('inf').as_integer_ratio()", "OverflowError: cannot convert Infinity to integer ratio",
                () -> m(Double.POSITIVE_INFINITY, "as_integer_ratio"));
        error("float('nan').as_integer_ratio()", "ValueError: cannot convert NaN to integer ratio",
                () -> m(Double.NaN, "as_integer_ratio"));
        check("(1.5).hex()", "'0x1.8000000000000p+0'", () -> m(1.5, "hex"));
        check("(0.0).hex()", "'0x0.0p+0'", () -> m(0.0, "hex"));
        check("(-0.1).hex()", "'-0x1.999999999999ap-4'", () -> m(-0.1, "hex"));
        check("(5e-324).hex()", "'0x0.0000000000001p-1022'", () -> m(5e-324, "hex"));
        check("float('inf').hex()", "'inf'", () -> m(Double.POSITIVE_INFINITY, "hex"));
        check("float.fromhex('0x1.8p1')", "3.0", () -> t(PyType.FLOAT, "fromhex", "0x1.8p1"));
        check("float.fromhex(' -0X1P-2 ')", "-0.25", () -> t(PyType.FLOAT, "fromhex", " -0X1P-2 "));
        check("float.fromhex('0x.8')", "0.5", () -> t(PyType.FLOAT, "fromhex", "0x.8"));
        check("float.fromhex('1')", "1.0", () -> t(PyType.FLOAT, "fromhex", "1"));
        error("float.fromhex('zz')", "ValueError: invalid hexadecimal floating-point string",
                () -> t(PyType.FLOAT, "fromhex", "zz"));
        check("(2.5).__round__()", "2", () -> m(2.5, "__round__"));
        check("(3.7).__trunc__()", "3", () -> m(3.7, "__trunc__"));
        check("(-3.2).__floor__()", "-4", () -> m(-3.2, "__floor__"));
        check("(-3.2).__ceil__()", "-3", () -> m(-3.2, "__ceil__"));
        check("bool()", "False", () -> call("bool"));
        check("bool([0])", "True", () -> call("bool", list(0L)));
        check("bool('')", "False", () -> call("bool", ""));
    }

    @Test
    void rounding() {
        check("round(2.675, 2)", "2.67", () -> call("round", 2.675, 2L));
        check("round(0.5)", "0", () -> call("round", 0.5));
        check("round(1.5)", "2", () -> call("round", 1.5));
        check("round(-1.5)", "-2", () -> call("round", -1.5));
        check("round(2.5)", "2", () -> call("round", 2.5));
        check("round(-0.4)", "0", () -> call("round", -0.4));
        check("round(-0.4, 0)", "-0.0", () -> call("round", -0.4, 0L));
        check("round(2.5, 0)", "2.0", () -> call("round", 2.5, 0L));
        check("round(1.25, 1)", "1.2", () -> call("round", 1.25, 1L));
        check("round(1.35, 1)", "1.4", () -> call("round", 1.35, 1L));
        check("round(1e300, -299)", "1e+300", () -> call("round", 1e300, -299L));
        check("round(5e-324, 400)", "5e-324", () -> call("round", 5e-324, 400L));
        check("round(123.456, -1)", "120.0", () -> call("round", 123.456, -1L));
        check("round(1.5, None)", "2", () -> call("round", 1.5, PyNone.NONE));
        check("round(1234, -2)", "1200", () -> call("round", 1234L, -2L));
        check("round(1250, -2)", "1200", () -> call("round", 1250L, -2L));
        check("round(1350, -2)", "1400", () -> call("round", 1350L, -2L));
        check("round(-1250, -2)", "-1200", () -> call("round", -1250L, -2L));
        check("round(15, 3)", "15", () -> call("round", 15L, 3L));
        check("round(True)", "1", () -> call("round", true));
        check("round(1e20)", "100000000000000000000", () -> call("round", 1e20));
        error("round(float('inf'))", "OverflowError: cannot convert float infinity to integer",
                () -> call("round", Double.POSITIVE_INFINITY));
        error("round(float('nan'))", "ValueError: cannot convert float NaN to integer", () -> call("round", Double.NaN));
        error("round(1.7976931348623157e308, -308)", "OverflowError: rounded value too large to represent",
                () -> call("round", 1.7976931348623157e308, -308L));
        error("round([])", "TypeError: type list doesn't define __round__ method", () -> call("round", list()));
        error("round(1.5, 'a')", "TypeError: 'str' object cannot be interpreted as an integer",
                () -> call("round", 1.5, "a"));
    }
}
